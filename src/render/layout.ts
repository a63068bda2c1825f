/**
 * Page geometry and typography of the printed issue, per GB/T 9704-2012: A4, a 156 × 225 mm
 * text block of 22 lines × 28 characters in 3号 (16 pt). One place for the numbers that
 * the DOCX and the print CSS both use, so the two outputs cannot drift apart.
 */

/** Millimetres → twips (1/1440 inch), as Word stores page measures. mmToTwips(37) === 2098 */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  /** 11906 × 16838 twips is Word's A4. */
  widthTwips: 11906,
  heightTwips: 16838,
  margin: { topMm: 37, bottomMm: 35, leftMm: 28, rightMm: 26 },
} as const;

export const MARGIN_TWIPS = {
  top: mmToTwips(PAGE.margin.topMm),
  bottom: mmToTwips(PAGE.margin.bottomMm),
  left: mmToTwips(PAGE.margin.leftMm),
  right: mmToTwips(PAGE.margin.rightMm),
} as const;

/** Width of the text block: 210 − 28 − 26 = 156 mm. */
export const TEXT_WIDTH_MM = PAGE.widthMm - PAGE.margin.leftMm - PAGE.margin.rightMm;
export const TEXT_HEIGHT_MM = PAGE.heightMm - PAGE.margin.topMm - PAGE.margin.bottomMm;
export const TEXT_WIDTH_TWIPS = PAGE.widthTwips - MARGIN_TWIPS.left - MARGIN_TWIPS.right;

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
/**
 * Line pitch: fixed 28 pt (固定值28磅), as the center's Word originals and most offices set
 * GB/T 9704 documents; 22 lines fill 616 pt of the 225 mm (637.8 pt) block. The slack lets a
 * page with headings (HEADING_LINE_PT) hold a 23rd line as the originals do (2023-02 p. 2).
 */
export const LINE_PITCH_TWIPS = 560;
export const LINE_PITCH_PT = LINE_PITCH_TWIPS / 20;
/**
 * Headings take less height than body lines in the originals (2023-02: 21 body lines and two
 * headings on one page, never 23 body lines): their line is 22 pt.
 */
export const HEADING_LINE_PT = 22;

/** Font sizes in points, by their Chinese names. */
export const SIZE = { chu: 42, xiaochu: 36, er: 22, san: 16, si: 14 } as const;
export const BODY_SIZE_PT = SIZE.san;

/** 28 characters must fill the text width, so the pitch shrinks a little below 16 pt (15.79 pt). */
export const CHAR_PITCH_PT = TEXT_WIDTH_TWIPS / CHARS_PER_LINE / 20;

/** The official font names; the DOCX names them, fonts/fonts.conf maps them for the PDF. */
export const FONT = {
  fangsong: "仿宋_GB2312",
  kaiti: "楷体_GB2312",
  heiti: "黑体",
  xiaobiaosong: "方正小标宋简体",
  songti: "宋体",
  latin: "Times New Roman",
} as const;
export type OfficialFont = (typeof FONT)[keyof typeof FONT];

export const RED = "FF0000";

/** Rules: the red rule under the masthead and the 版记 rules, in points (0.35 mm ≈ 1 pt, 0.25 mm ≈ 0.75 pt). */
export const RULE_PT = { masthead: 1, thick: 1, thin: 0.75 } as const;
/** The same rules in millimetres as GB/T 9704 gives them, for the HTML/PDF, which draws them as filled shapes. */
export const RULE_MM = { masthead: 0.35, thick: 0.35, thin: 0.25 } as const;

/**
 * The masthead (版头) takes the top of page 1 as in the center's printed issues, 13 of the 22
 * lines, so that page 1 holds 9 body lines (the 2023-02 original: part title, period line,
 * two headings and a 4-line paragraph). The red title's top edge is 35 mm below the text
 * block's (GB/T 9704-2012 7.2.3), its size 60 pt on a three-line band, the issue line under
 * it; the issuer/date line and the red rule close the block one line above the body.
 */
export const MASTHEAD = { lines: 13, titleTopMm: 35, titlePt: 60, titleLines: 3 } as const;

/** Tables: 4号 text, 小四 headers (so the longest header, 基础分分值, stays on one line), 2 pt cell padding. */
export const TABLE = { bodyPt: SIZE.si, headerPt: 12, paddingPt: 2, linePt: 20 } as const;

/** Page number "— N —": 4号, 7 mm below the text block, one character in from the outer edge. */
export const PAGE_NUMBER = { sizePt: SIZE.si, belowTextMm: 7, insetPt: SIZE.si } as const;

/** Footer distance from the page edge so the number's top sits 7 mm below the text block. */
export const FOOTER_TWIPS = mmToTwips(PAGE.margin.bottomMm - PAGE_NUMBER.belowTextMm) - PAGE_NUMBER.sizePt * 20;
