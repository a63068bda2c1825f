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
export const isPageNumber = (text: string) => /^[—–-]\d+[—–-]$/.test(text);
