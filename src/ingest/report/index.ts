/**
 * Import of past issues (issue 4): a 窗口工作周报 as TXT, PDF or DOCX becomes an
 * issue document, its Facts JSON (DESIGN.md §4) and a list of problems.
 * Parsing is pure; storing the result is the caller's business (CLI, server).
 */
import { extractReport, type Extracted, type ReportSource } from "./extract/index.js";
import { parseReportText } from "./parse/parseReport.js";
import type { ParseOptions, ParsedReport } from "./types.js";

export { parseReportText } from "./parse/parseReport.js";
export { extractReport } from "./extract/index.js";
export { defaultRegistry } from "./parse/departments.js";
export { readReportInWorker, reportBudgetMs, reportReadsRunning } from "./readInWorker.js";
export type { ReportSource, Extracted } from "./extract/index.js";
export type { ImportProblem, ParseOptions, ParsedReport, ProblemCode, ReportLine } from "./types.js";

export type ReadReport = ParsedReport & { source: Omit<Extracted, "text"> };

/**
 * Reads one report file (a path, or an upload's name and bytes) into an issue.
 *
 * @example
 * const { doc, facts, problems } = await readReport("2023-49.pdf", { registry });
 * facts.issue.seq; // 49
 */
export async function readReport(source: ReportSource, options: ParseOptions = {}): Promise<ReadReport> {
  const extracted = await extractReport(source);
  const parsed = parseReportText(extracted.text, {
    ...options,
    sourceName: options.sourceName ?? extracted.name,
    pages: extracted.format === "pdf" || extracted.format === "txt",
  });
  const { text: _text, ...meta } = extracted;
  return { ...parsed, source: meta };
}
