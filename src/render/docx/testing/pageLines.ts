/**
 * Lines of text on the pages of a PDF, read back by pdftotext -bbox: how many lines a page
 * holds and how many characters a line holds. LibreOffice writes one word per grid cell and
 * chromium one word per run, so words are grouped into lines by their vertical position
 * rather than trusted as lines.
 */
import type { PdfPageBox } from "../../testing.js";

export type TextLine = { page: number; y: number; xMin: number; xMax: number; text: string; height: number };

/** Words whose tops are this close (points) sit on one line. */
const SAME_LINE_PT = 3;

/** The lines of each page, top to bottom, words joined left to right without spaces. */
export function pageLines(pages: PdfPageBox[]): TextLine[][] {
  return pages.map((p, i) => {
    const words = [...p.words].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    const lines: TextLine[] = [];
    for (const w of words) {
      const last = lines.at(-1);
      if (last && Math.abs(w.yMin - last.y) <= SAME_LINE_PT) {
        last.xMin = Math.min(last.xMin, w.xMin);
        last.xMax = Math.max(last.xMax, w.xMax);
        last.height = Math.max(last.height, w.yMax - w.yMin);
        last.text += w.text;
      } else lines.push({ page: i + 1, y: w.yMin, xMin: w.xMin, xMax: w.xMax, text: w.text, height: w.yMax - w.yMin });
    }
    for (const l of lines) l.text = l.text.replace(/\s+/g, "");
    return lines;
  });
}

/** A line of only CJK ideographs and full-width punctuation: one grid cell per character. */
export const isFullWidth = (text: string) => /^[\p{Script=Han}\u3000-\u303f\uff01-\uff5e“”‘’—…·]+$/u.test(text);

/** Page-number lines "—1—" / "- 1 -". */
export const isPageNumber = (text: string) => /^[—–\-\d]+$/.test(text) && /\d/.test(text) && /[—–-]/.test(text);

/** A trailing punctuation mark that Word and LibreOffice let hang into the right margin. */
const HANGING = /[，。、；：！？）》」』”’]$/u;

/**
 * Characters a full-width line of body text holds, not counting a punctuation mark hanging
 * past the right edge. Lines that start at the text block's left edge only (no first-line
 * indent), of Chinese text only (digits are half width), at least `min` characters long.
 */
export function fullLineLengths(pages: TextLine[][], leftPt: number, min = 10): number[] {
  return pages
    .flat()
    .filter((l) => Math.abs(l.xMin - leftPt) < 1.5 && isFullWidth(l.text) && l.text.length >= min)
    .map((l) => l.text.replace(HANGING, "").length);
}

/**
 * The most lines one page has in a row at the line pitch. The tolerance (± 1.5 pt) absorbs
 * the different ascents of the faces (a 楷体 heading's top sits a point lower than 仿宋's),
 * not a half line or a table row.
 */
export function mostLinesOnPitch(lines: TextLine[], pitchPt: number): number {
  let best = lines.length ? 1 : 0;
  let run = 1;
  for (let i = 1; i < lines.length; i++) {
    run = Math.abs(lines[i].y - lines[i - 1].y - pitchPt) <= 1.5 ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}

/** The value that occurs most often. mode([28, 28, 27]) === 28 */
export function mode(xs: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
