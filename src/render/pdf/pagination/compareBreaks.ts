/**
 * How far our PDF's page breaks fall from an original's: for every break of the original,
 * the number of lines by which our break before the same text is off (0 = the same line).
 * Heading lines do not count: ours keeps a heading with its text (never alone at the foot
 * of a page), where the originals, set in Word without keep-with-next, sometimes do not.
 */
import type { OriginalBreak } from "../../../ingest/report/pages/originalPages.js";

const PAGE_NUMBER = /^—\s*\d+\s*—$/;
const TABLE_HEADER = /^序号/;
const HEADING = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)[^。；]{0,26}$/;

export type BreakOffset = OriginalBreak & { ourPage: number; linesOff: number };

/** `index` and `pageLines` count the page's lines that are not headings. */
type Line = { page: number; index: number; pageLines: number; start: number };

/**
 * `pages` is our PDF as pdftotext -layout gives it, one string per page.
 *
 * @example
 * compareBreaks(["甲\n乙\n", "丙\n"], [{ before: "乙", after: "丙", page: 1 }])[0].linesOff; // 0
 */
export function compareBreaks(pages: string[], breaks: OriginalBreak[]): BreakOffset[] {
  const lines: Line[] = [];
  const perPage: number[] = [];
  let text = "";
  pages.forEach((p, i) => {
    // A table's header row, repeated on each page it spans, is not in the original's text there.
    const body = p.split("\n").map((l) => l.replace(/\s+/g, "")).filter((l) => l && !PAGE_NUMBER.test(l) && !(i > 0 && TABLE_HEADER.test(l)));
    const pageLines = body.filter((l) => !HEADING.test(l)).length;
    perPage.push(pageLines);
    let index = 0;
    for (const l of body) {
      lines.push({ page: i + 1, index, pageLines, start: text.length });
      if (!HEADING.test(l)) index++;
      text += l;
    }
  });
  const lineAt = (pos: number) => lines.filter((l) => l.start <= pos).pop()!;
  /** Lines on the pages first..last (1-based, inclusive). */
  const linesOn = (first: number, last: number) => perPage.slice(first - 1, Math.max(first - 1, last)).reduce((a, b) => a + b, 0);
  let from = 0;
  return breaks.map((b) => {
    const found = text.indexOf(b.before + b.after, from);
    if (found < 0) return { ...b, ourPage: 0, linesOff: Infinity };
    const pos = found + b.before.length;
    from = pos;
    const line = lineAt(pos);
    // The text after the break is on a later page than the original's next: off by the lines
    // above it there and on the pages between; still on the original's page or before: off by
    // the lines from it to the end of the original's page.
    const linesOff =
      line.page > b.page
        ? linesOn(b.page + 1, line.page - 1) + line.index + (line.start === pos ? 0 : 1)
        : line.pageLines - line.index + linesOn(line.page + 1, b.page);
    return { ...b, ourPage: line.page, linesOff };
  });
}
