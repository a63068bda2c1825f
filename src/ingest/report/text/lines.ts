import { ZhoubaoError } from "../../../domain/index.js";
import type { ReportLine } from "../types.js";
import { foldLine } from "./fold.js";

/**
 * Longest line accepted. A weekly report's longest line is a paragraph of a few
 * hundred characters (a DOCX paragraph, a table row); 10,000 is far above any past
 * issue. A longer line is not a report line but a broken or hostile file, and
 * every pattern run on it costs time, so the file is refused with its line number
 * (which a clerk can open and look at) instead of being carried into `unparsed`.
 */
export const MAX_LINE_CHARS = 10_000;

/**
 * Splits extracted text into numbered, folded lines. Line numbers are those of the
 * text as extracted (a form feed from pdftotext does not start a new line), so a
 * person can find an `unparsed` line in the extracted text. Throws import.unreadable
 * on a line longer than MAX_LINE_CHARS.
 *
 * @example
 * toLines("窗 口 工 作 周 报\n\n2023 年第 49 期")[2].text; // "2023年第49期"
 */
export function toLines(text: string, source = "该文件"): ReportLine[] {
  return text.split(/\r\n|\r|\n/).map((line, i) => {
    if (line.length > MAX_LINE_CHARS)
      throw new ZhoubaoError(
        "import.unreadable",
        `${source}第 ${i + 1} 行过长（${line.length} 个字符，上限 ${MAX_LINE_CHARS}），不像周报的内容，文件可能已损坏。请检查该行后重新导入。`,
        { line: i + 1, chars: line.length },
      );
    // trimEnd, not .replace(/\s+$/): the regex retries at every start of a
    // whitespace run not at the end, quadratic on a long run followed by text.
    const raw = line.trimEnd();
    return { no: i + 1, raw, text: foldLine(raw) };
  });
}
