/**
 * The line pitch and masthead height of a reprint with the original's page breaks
 * (originalPages.ts): the largest pitch, at most GB/T 9704's 28 pt, at which every page of
 * the original holds its text, estimated line by line as the renderers set it (28
 * characters a line, headings on lines of 22/28 of the pitch). Page 1 keeps the standard
 * masthead when its lines fit under it, else the masthead gives up the space between the
 * issue line and the issuer line.
 */
import { widthInEms } from "../../domain/index.js";
import { CHARS_PER_LINE, HEADING_LINE_PT, LINE_PITCH_PT, MASTHEAD, SIZE, TEXT_HEIGHT_MM, TEXT_WIDTH_MM } from "../layout.js";
import { runsText, type Block, type DocumentModel, type OriginalPrint } from "../model.js";

const PT_PER_MM = 72 / 25.4;
const TEXT_HEIGHT_PT = TEXT_HEIGHT_MM * PT_PER_MM;
const HEADING_SHARE = HEADING_LINE_PT / LINE_PITCH_PT;
/** The standard masthead: MASTHEAD.lines of 28 pt. */
export const MASTHEAD_PT = MASTHEAD.lines * LINE_PITCH_PT;
/**
 * The least a masthead can be: the title 35 mm down on its three-line band, the issue line,
 * the issuer line with its rule and a line's space under it (all on 28 pt lines).
 */
export const MASTHEAD_MIN_PT = Math.ceil(MASTHEAD.titleTopMm * PT_PER_MM + (MASTHEAD.titleLines * LINE_PITCH_PT + MASTHEAD.titlePt) / 2 + 3 * LINE_PITCH_PT + 6);
/**
 * Room left on a page beyond its estimated lines, in lines: the estimate can be off where
 * an office suite breaks a line elsewhere, and LibreOffice sets page 1's body about 7 pt
 * lower than Chromium under the same masthead.
 */
const SLACK_LINES = 0.25;
const FIRST_SLACK_LINES = 0.5;
/** The least pitch: Word's single spacing of 3号 text. */
const LEAST_PITCH_PT = 20;

const lines = (ems: number, perLine = CHARS_PER_LINE) => Math.max(1, Math.ceil(ems / perLine - 1e-9));

/** No line starts with these (禁则), nor ends with OPENING: the line before gives up a character. */
const CLOSING = /[，。、；：？！）》”’」』%]/;
const OPENING = /[（《“‘「『]/;
const LATIN = /[\x21-\x7e]/;

/**
 * Lines of a paragraph as the renderers break it: 28 ems a line (Latin letters and digits
 * half), a quarter em where Chinese meets Latin, and no line starting with closing
 * punctuation or ending with opening punctuation.
 *
 * @example
 * paragraphLines("甲".repeat(28) + "。", 0); // 2
 */
export function paragraphLines(text: string, indentEms: number): number {
  const chars = [...text.replace(/\s+/g, "")];
  let count = 1;
  let used = indentEms;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const width = widthInEms(c) + (i > 0 && LATIN.test(c) !== LATIN.test(chars[i - 1]) ? 0.25 : 0);
    if (used + width <= CHARS_PER_LINE + 1e-9) {
      used += width;
      continue;
    }
    count += 1;
    // The character that would start the line is closing punctuation, or the one ending the
    // last is opening: one character goes down with it.
    const pulled = CLOSING.test(c) || (i > 0 && OPENING.test(chars[i - 1])) ? widthInEms(chars[i - 1]) : 0;
    used = pulled + widthInEms(c);
  }
  return count;
}

/** A block's height in lines of the pitch (headings count 22/28 of a line). */
function heightInLines(b: Block): number {
  switch (b.type) {
    case "paragraph":
      return paragraphLines(runsText(b.runs), b.continued ? 0 : 2);
    case "heading":
      return paragraphLines(b.number + b.text, 2) * HEADING_SHARE;
    case "part-title":
      return lines(widthInEms(b.text), (TEXT_WIDTH_MM * PT_PER_MM) / SIZE.er);
    case "period":
      return 1;
    case "attachment-note":
      return 1 + b.items.reduce((n, t) => n + paragraphLines(t, 5), 0);
  }
}

/** The body's pages as the forced breaks cut it: the height of each in lines. */
function pageHeights(body: Block[]): number[] {
  const pages = [0];
  for (const b of body) {
    if (b.breakBefore) pages.push(0);
    pages[pages.length - 1] += heightInLines(b);
  }
  return pages;
}

/**
 * Pitch and masthead for a body with the original's breaks.
 *
 * @example
 * printPitch(model).linePitchPt; // 24.5 for an original of 26 lines a page
 */
export function printPitch(model: DocumentModel): OriginalPrint {
  const pages = pageHeights(model.body);
  // Whole pages lie between two breaks; the body's last page ends where it ends. A page of more
  // lines than the least pitch holds ended once more where the text shows no mark: skipped.
  const whole = pages.slice(1, -1).filter((n) => n * LEAST_PITCH_PT <= TEXT_HEIGHT_PT);
  let pitch = Math.min(LINE_PITCH_PT, ...whole.map((n) => TEXT_HEIGHT_PT / (n + SLACK_LINES)));
  const first = pages.length > 1 ? pages[0] : 0;
  if (first) pitch = Math.min(pitch, (TEXT_HEIGHT_PT - MASTHEAD_MIN_PT) / (first + FIRST_SLACK_LINES));
  pitch = Math.max(LEAST_PITCH_PT, Math.floor(pitch * 20) / 20);
  const mastheadPt = first ? Math.min(MASTHEAD_PT, Math.floor(TEXT_HEIGHT_PT - (first + FIRST_SLACK_LINES) * pitch)) : MASTHEAD_PT;
  return { linePitchPt: pitch, mastheadPt: Math.max(MASTHEAD_MIN_PT, mastheadPt) };
}
