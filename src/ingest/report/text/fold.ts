/**
 * Character folding of extracted report text. Extractions mix half- and full-width
 * forms, insert layout spaces between Chinese characters and leave markdown debris;
 * the parser wants one spelling: ASCII digits and letters, full-width Chinese
 * punctuation, no spaces next to Chinese text.
 */

/** Chinese characters, CJK punctuation and full-width forms: no space belongs next to them. */
const WIDE = "\\u2010-\\u2027\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFFEF";
const SPACE_BEFORE_WIDE = new RegExp(`[ \\t]+(?=[${WIDE}])`, "g");
const SPACE_AFTER_WIDE = new RegExp(`(?<=[${WIDE}])[ \\t]+`, "g");
// Invisible characters and C0/C1 controls other than tab; \f marks a page break in pdftotext output.
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u2060\uFEFF\uFFFD]/g;

/** Full-width digits, letters and a few symbols → ASCII; ideographic and no-break spaces → space. */
export function foldWidth(s: string): string {
  return s
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\u00A0\u2002-\u200A\u202F]/g, " ")
    .replace(/％/g, "%")
    .replace(/＋/g, "+")
    .replace(/(?<=\d)[．·](?=\d)/g, ".")
    .replace(/[－−‐‑](?=\s*\d)/g, "-");
}

/** Markdown debris: heading marks, list bullets, quote marks at the start; emphasis marks anywhere. */
export function stripMarkdown(s: string): string {
  return s
    .replace(/\*\*|__/g, "")
    .replace(/^\s*(?:#{1,6}\s*|[-*+•]\s+|>\s?)+/, "");
}

/**
 * ASCII punctuation in Chinese text → full-width: ( ) always, : , ; ? ! unless between
 * digits (9:30, 26,641).
 */
export function foldPunctuation(s: string): string {
  return s
    .replace(/\(/g, "（")
    .replace(/\)/g, "）")
    .replace(/(?<!\d):|:(?!\d)/g, "：")
    .replace(/(?<!\d),|,(?!\d{3})/g, "，")
    .replace(/;/g, "；")
    .replace(/\?/g, "？")
    .replace(/!/g, "！");
}

/**
 * Removes the spaces that stand next to Chinese text or inside a figure (letter-spaced
 * PDF lines: "2 0 2 3 年", "29.54 %") and collapses the others.
 */
export function foldSpaces(s: string): string {
  return s
    .replace(SPACE_BEFORE_WIDE, "")
    .replace(SPACE_AFTER_WIDE, "")
    .replace(/(?<=[\d.])[ \t]+(?=[\d.%])/g, "")
    .replace(/[ \t]+/g, " ")
    .trim();
}

/** Removes controls and invisible characters (BOM, zero-width space, replacement char, form feed). */
export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE, "");
}

/**
 * One line of extracted text in the parser's spelling.
 *
 * @example
 * foldLine("- （一）**按时到岗情况。**总体情况良好。"); // "（一）按时到岗情况。总体情况良好。"
 * foldLine("省本级行政许可事项受理 26641件"); // "省本级行政许可事项受理26641件"
 */
export function foldLine(raw: string): string {
  return foldSpaces(foldPunctuation(stripMarkdown(foldWidth(stripInvisible(raw)))));
}

/**
 * A line with widths folded but its spacing kept (tabs and runs of spaces become one
 * space): what table rows are split on.
 *
 * @example
 * foldCells("22\t省新闻出版局 (省电影局)\t100\t0\t0\t100"); // "22 省新闻出版局 (省电影局) 100 0 0 100"
 */
export function foldCells(raw: string): string {
  return stripMarkdown(foldWidth(stripInvisible(raw)))
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .replace(/\s*\|\s*/g, "\t")
    .replace(/[ \t]+/g, " ")
    .trim();
}

/** Removes every space: the form in which short tokens (names, headings) are compared. */
export function squash(s: string): string {
  return s.replace(/\s+/g, "");
}
