/**
 * Character folding of extracted report text. Extractions mix half- and full-width
 * forms, insert layout spaces between Chinese characters and leave markdown debris;
 * the parser wants one spelling: ASCII digits and letters, full-width Chinese
 * punctuation, no spaces next to Chinese text.
 */

// Invisible characters and C0/C1 controls other than tab; \f marks a page break in pdftotext output.
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u2060\uFEFF\uFFFD]/g;

/**
 * Full-width digits, letters and a few symbols → ASCII; ideographic and no-break spaces → space.
 *
 * @example
 * foldWidth("占比６５．７７％"); // "占比65.77%"
 */
export function foldWidth(s: string): string {
  if (!/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u3000\u00A0\u2002-\u200A\u202F％＋．·－−‐‑]/.test(s)) return s;
  return s
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\u00A0\u2002-\u200A\u202F]/g, " ")
    .replace(/％/g, "%")
    .replace(/＋/g, "+")
    .replace(/(?<=\d)[．·](?=\d)/g, ".")
    .replace(/[－−‐‑](?=\s*\d)/g, "-");
}

/**
 * Markdown debris: heading marks, list bullets, quote marks at the start; emphasis marks anywhere.
 *
 * @example
 * stripMarkdown("- （一）**按时到岗情况。**总体情况良好。"); // "（一）按时到岗情况。总体情况良好。"
 */
export function stripMarkdown(s: string): string {
  if (!/[*_#>+•-]/.test(s)) return s;
  return s
    .replace(/\*\s?\*|__/g, "")
    .replace(/^\s*(?:#{1,6}\s*|[-*+•]\s+|>\s?)+/, "");
}

/**
 * ASCII punctuation in Chinese text → full-width: ( ) always, : , ; ? ! unless between
 * digits (9:30, 26,641).
 *
 * @example
 * foldPunctuation("(2) 报:中心领导"); // "（2） 报：中心领导"
 */
export function foldPunctuation(s: string): string {
  if (!/[():,;?!]/.test(s)) return s;
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
 * PDF lines: "2 0 2 3 年", "29.54 %") and collapses the others. One pass: it runs on
 * every line of every import.
 *
 * @example
 * foldSpaces("受理 26641 件，占比 29.54 %"); // "受理26641件，占比29.54%"
 */
export function foldSpaces(s: string): string {
  if (!/\s/.test(s)) return s;
  const parts: string[] = [];
  let start = 0; // start of the run of non-space characters being kept
  let before = -1; // last character kept
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9) continue;
    if (i > start) {
      parts.push(s.slice(start, i));
      before = s.charCodeAt(i - 1);
    }
    let j = i;
    while (j < n && (s.charCodeAt(j) === 32 || s.charCodeAt(j) === 9)) j++;
    const after = j < n ? s.charCodeAt(j) : -1;
    if (before !== -1 && after !== -1 && !isWide(before) && !isWide(after) && !(isFigure(before) && isFigureOrPercent(after))) parts.push(" ");
    start = j;
    i = j - 1;
  }
  if (start < n) parts.push(s.slice(start));
  return parts.join("");
}

function isWide(c: number): boolean {
  return (c >= 0x2010 && c <= 0x2027) || (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xffef);
}
const isFigure = (c: number) => (c >= 48 && c <= 57) || c === 46;
const isFigureOrPercent = (c: number) => isFigure(c) || c === 37;

/**
 * Removes controls and invisible characters (BOM, zero-width space, replacement char, form feed).
 *
 * @example
 * stripInvisible("\uFEFF\f窗口"); // "窗口"
 */
export function stripInvisible(s: string): string {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(s) ? s.replace(INVISIBLE, "") : s;
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
    // split + trim, not .replace(/\s*\|\s*/g): that regex rescans a whitespace run
    // from each of its characters when no "|" follows, quadratic on a long run.
    .split("|")
    .map((cell) => cell.trim())
    .join("\t")
    .replace(/[ \t]+/g, " ")
    .trim();
}

/**
 * Removes every space: the form in which short tokens (names, headings) are compared.
 *
 * @example
 * squash("窗 口 工 作 周 报"); // "窗口工作周报"
 */
export function squash(s: string): string {
  return s.replace(/\s+/g, "");
}
