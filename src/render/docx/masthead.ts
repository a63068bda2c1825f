import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TabStopType } from "./lib.js";
import { FONT, LINE_PITCH_TWIPS, MASTHEAD, RED, RULE_PT, TEXT_WIDTH_TWIPS, mmToTwips } from "../layout.js";
import type { Masthead } from "../model.js";
import { CHAR_SPACING_TWIPS, CHAR_TWIPS, HALF_LINE_TWIPS } from "./grid.js";
import { textRun } from "./text.js";

/** Twips above the title, so that its top edge lies MASTHEAD.titleTopMm below the text block's. */
const TITLE_BEFORE = mmToTwips(MASTHEAD.titleTopMm) - (MASTHEAD.titleLines * LINE_PITCH_TWIPS - MASTHEAD.titlePt * 20) / 2;
/** The standard masthead: MASTHEAD.lines of 28 pt. */
const MASTHEAD_TWIPS = MASTHEAD.lines * LINE_PITCH_TWIPS;

/**
 * The masthead (版头): the title in red 方正小标宋简体, the issue line, the issuer at the
 * left and the date at the right (one character in from each side when the line has room),
 * a red rule below. `height`: the block's height in twips (a reprint's may be less: model.ts
 * OriginalPrint); its lines stay on 28 pt.
 *
 * @example
 * mastheadParagraphs(model.masthead).length; // 3
 */
export function mastheadParagraphs(m: Masthead, height = MASTHEAD_TWIPS): Paragraph[] {
  const inset = m.issuerLine.inset ? CHAR_TWIPS : 0;
  // What is left of the block above the issuer line, which closes the block a line above the body.
  const issuerBefore = height - TITLE_BEFORE - (MASTHEAD.titleLines + 3) * LINE_PITCH_TWIPS;
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      // The title's top edge 35 mm below the text block's, on a band of MASTHEAD.titleLines lines.
      spacing: { before: TITLE_BEFORE, line: MASTHEAD.titleLines * LINE_PITCH_TWIPS, lineRule: LineRuleType.EXACT },
      keepNext: true,
      children: [textRun({ text: m.title }, { font: FONT.xiaobiaosong, sizePt: MASTHEAD.titlePt, color: RED })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: LINE_PITCH_TWIPS, lineRule: LineRuleType.EXACT },
      keepNext: true,
      children: [textRun({ text: m.issueLine }, { font: FONT.fangsong })],
    }),
    new Paragraph({
      spacing: { before: issuerBefore, line: LINE_PITCH_TWIPS, lineRule: LineRuleType.EXACT, after: LINE_PITCH_TWIPS },
      indent: { left: inset, right: inset },
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH_TWIPS - 2 * inset }],
      border: { bottom: { style: BorderStyle.SINGLE, size: RULE_PT.masthead * 8, color: RED, space: 4 } },
      children: [
        // A flush line is one that barely fits; LibreOffice adds ¼ em around every run of digits
        // (it ignores autoSpaceDN), so the issuer gives up another quarter point a character
        // there to keep the date on the line, and a gap before it.
        textRun({ text: `${m.issuer}\t` }, { font: FONT.fangsong, sizePt: m.issuerLine.sizePt, ...(m.issuerLine.inset ? {} : { spacingTwips: 2 * CHAR_SPACING_TWIPS }) }),
        textRun({ text: m.date }, { font: FONT.fangsong, sizePt: m.issuerLine.sizePt }),
      ],
    }),
  ];
}
