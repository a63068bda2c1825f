import type { ReportLine } from "../types.js";
import { foldLine } from "./fold.js";

/**
 * Splits extracted text into numbered, folded lines. Line numbers are those of the
 * text as extracted (a form feed from pdftotext does not start a new line), so a
 * person can find an `unparsed` line in the extracted text.
 *
 * @example
 * toLines("窗 口 工 作 周 报\n\n2023 年第 49 期")[2].text; // "2023年第49期"
 */
export function toLines(text: string): ReportLine[] {
  return text.split(/\r\n|\r|\n/).map((line, i) => {
    const raw = line.replace(/\s+$/, "");
    return { no: i + 1, raw, text: foldLine(raw) };
  });
}
