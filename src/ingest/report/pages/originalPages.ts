/**
 * Where the original of a shared sample broke its pages, read from the text extracted
 * from its PDF. The extraction leaves two kinds of marks:
 * - a paragraph cut mid-sentence by a blank line (the next page went on with the sentence),
 *   and a blank line between two rows of a table;
 * - in a text extracted line by line (blank lines between all lines), a line run straight on
 *   from the one before and starting with a space (the page's first line);
 * and every attachment starts a page of its own. Page numbers (—8—) mark a break too.
 *
 * A page that ends between two paragraphs leaves no mark. Where the text between two marks
 * is more than any page can hold, such a break must lie in it: 3号 text is set on lines of
 * at least 20 pt (1.25 × 16 pt, Word's single spacing), so the 225 mm text block holds at
 * most 31 of them, and every further 31 lines (estimated at 28 characters a line) are
 * counted as a page more.
 */
import { widthInEms, type OriginalPages } from "../../../domain/index.js";

/** GB/T 9704's line of 28 characters in a text block 225 mm high. */
const CHARS_PER_LINE = 28;
const TEXT_HEIGHT_MM = 225;

/** A page break of the original: the text just before it and just after it (no whitespace), and the page it ends. */
export type OriginalBreak = { before: string; after: string; page: number };
export type ReadPages = { breaks: OriginalBreak[]; pages: number };

const squash = (s: string) => s.replace(/\*\*|^[-#]+\s*/g, "").replace(/\s+/g, "");
/** A paragraph ends with a full stop; short lines are headings, labels and the like. */
const ENDS_SENTENCE = /[。；：！？]$|^.{0,40}$/;
const STARTS_BLOCK = /^(\s*[-#]|[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\([一二三四五六七八九十\d]+\)|\d+[.．、]|附件|报：|送：|发：|（共印)/;
const PAGE_NUMBER = /^—\s*\d+\s*—$/;
const ATTACHMENT_LABEL = /^附件\d*$/;
const TABLE_ROW = /\t/;
/** The most lines of 3号 a page can hold: 225 mm (637.8 pt) over 20 pt lines. */
const MOST_LINES = Math.floor((TEXT_HEIGHT_MM * 72) / 25.4 / 20);

/** Printed lines of an extracted line: a paragraph's first line is indented two characters. */
function linesOf(text: string, lineByLine: boolean): number {
  if (lineByLine || TABLE_ROW.test(text)) return 1;
  return Math.max(1, Math.ceil((widthInEms(squash(text)) + 2) / CHARS_PER_LINE));
}

/**
 * The breaks and the page count of an original: where pdftotext ended each page with a form
 * feed, exactly those; otherwise as the marks of the extracted text suggest.
 *
 * @example
 * originalPages("甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸\n\n子丑。").breaks[0].page; // 1
 */
export function originalPages(text: string, isRunningHeader: (line: string) => boolean = () => false): ReadPages {
  if (text.includes("\f")) return formFeedPages(text, isRunningHeader);
  const raw = text.split(/\r?\n/);
  const lengths = raw.filter((l) => l.trim()).map((l) => l.trim().length);
  // Printed lines (about 28 characters each), not whole paragraphs.
  const lineByLine = lengths.filter((n) => n >= 24 && n <= 34).length > lengths.length / 2;
  const breaks: OriginalBreak[] = [];
  let page = 1;
  let prev: { text: string; blankAfter: boolean } | null = null;
  let pendingNumber = false;
  /** Estimated lines since the last page start the text marks. */
  let lines = 0;
  const unmarked = () => Math.max(0, Math.ceil(lines / MOST_LINES) - 1);
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i];
    if (!line.trim()) {
      if (prev) prev.blankAfter = true;
      continue;
    }
    // A page number ends a page; a running header (the title repeated atop a page) starts one.
    if (PAGE_NUMBER.test(line.trim()) || isRunningHeader(line)) {
      pendingNumber ||= prev !== null;
      continue;
    }
    const t = line.trim();
    if (prev) {
      const cut = lineByLine
        ? !prev.blankAfter && /^\s/.test(line)
        : TABLE_ROW.test(prev.text) && TABLE_ROW.test(line)
          ? prev.blankAfter
          : !ENDS_SENTENCE.test(prev.text.trim()) && !STARTS_BLOCK.test(t);
      if (cut || pendingNumber || ATTACHMENT_LABEL.test(t)) {
        page += unmarked();
        lines = 0;
      }
      if (cut || pendingNumber) breaks.push({ before: squash(prev.text).slice(-8), after: squash(t).slice(0, 8), page: page++ });
      else if (ATTACHMENT_LABEL.test(t)) page++;
    }
    lines += linesOf(t, lineByLine);
    pendingNumber = false;
    prev = { text: line, blankAfter: false };
  }
  return { breaks, pages: page + unmarked() };
}

/** The pages pdftotext separated by form feeds: each break between the last text of a page and the first of the next. */
function formFeedPages(text: string, isRunningHeader: (line: string) => boolean): ReadPages {
  const pages = text
    .split("\f")
    .map((p, i) => {
      const lines = p
        .split(/\r?\n/)
        // Page 1's title is the masthead's, not a running header.
        .filter((l) => i === 0 || !isRunningHeader(l))
        .map(squash)
        .filter((l) => l && !PAGE_NUMBER.test(l));
      // A page number printed bare (8, not —8—) ends its page.
      while (lines.length && /^\d{1,3}$/.test(lines.at(-1)!)) lines.pop();
      return lines.join("");
    })
    .filter(Boolean);
  const breaks = pages.slice(1).map((p, i) => ({ before: pages[i].slice(-8), after: p.slice(0, 8), page: i + 1 }));
  return { breaks, pages: pages.length };
}

/** The most pages IssueDocument.originalPages holds (its zod schema): far beyond any weekly report. */
const MOST_PAGES = 999;

/**
 * What an imported issue keeps of its original's pages (IssueDocument.originalPages): the
 * breaks the text shows, or null when it shows none — or more pages than any issue has, so
 * that such a text still imports (without its pages) instead of failing the schema.
 *
 * @example
 * recordedPages("甲。\f乙。").breaks; // [{ before: "甲。", after: "乙。" }]
 */
export function recordedPages(text: string, isRunningHeader?: (line: string) => boolean): OriginalPages | null {
  const read = originalPages(text, isRunningHeader);
  const breaks = read.breaks.filter((b) => b.before && b.after).map(({ before, after }) => ({ before, after }));
  return breaks.length && read.pages <= MOST_PAGES && breaks.length <= MOST_PAGES ? { breaks, pages: read.pages } : null;
}
