import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TabStopType } from "./lib.js";
import { FONT, LINE_PITCH_TWIPS, RED, RULE_PT, SIZE, TEXT_WIDTH_TWIPS } from "../layout.js";
import type { Masthead } from "../model.js";
import { CHAR_SPACING_TWIPS, CHAR_TWIPS, HALF_LINE_TWIPS } from "./grid.js";
import { textRun } from "./text.js";

/**
 * The masthead (版头): the title in red 方正小标宋简体, the issue line, the issuer at the
 * left and the date at the right (one character in from each side when the line has room),
 * a red rule below.
 *
 * @example
 * mastheadParagraphs(model.masthead).length; // 3
 */
export function mastheadParagraphs(m: Masthead): Paragraph[] {
  const inset = m.issuerLine.inset ? CHAR_TWIPS : 0;
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      // The title is larger than a line of the grid: it takes two.
      spacing: { line: 2 * LINE_PITCH_TWIPS, lineRule: LineRuleType.EXACT },
      keepNext: true,
      children: [textRun({ text: m.title }, { font: FONT.xiaobiaosong, sizePt: SIZE.chu, color: RED })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: LINE_PITCH_TWIPS, lineRule: LineRuleType.EXACT },
      keepNext: true,
      children: [textRun({ text: m.issueLine }, { font: FONT.fangsong })],
    }),
    new Paragraph({
      spacing: { line: LINE_PITCH_TWIPS, lineRule: LineRuleType.EXACT, after: HALF_LINE_TWIPS },
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
