import { ZhoubaoError } from "../../../domain/index.js";
import type { ImportProblem, ParseOptions, ReportLine } from "../types.js";
import { readMasthead, periodDates, periodOnly, printedPeriod, type Masthead } from "./masthead.js";
import { ISSUE_NUMBER, PERIOD } from "./patterns.js";

export const DEFAULT_TITLE = "窗口工作周报";

/**
 * Masthead lines that the extraction put after the first heading (text boxes in a
 * DOCX, odd reading order in a PDF): a number line or a period line standing alone.
 *
 * @example
 * findStrayMasthead(masthead, bodyLines); // the lines taken into the masthead
 */
export function findStrayMasthead(h: Masthead, rest: ReportLine[]): Set<ReportLine> {
  const found = new Set<ReportLine>();
  for (const line of rest) {
    const n = ISSUE_NUMBER.exec(line.text);
    if (h.seq === null && n && line.text.replace(n[0], "").replace(/[（）\s]/g, "") === "") {
      found.add(line);
      const more = readMasthead([line]);
      Object.assign(h, { year: more.year, seq: more.seq, total: more.total });
    } else if (h.period === null && periodOnly(line.text)) {
      found.add(line);
      h.period = printedPeriod(PERIOD.exec(line.text)!, line.no);
    }
  }
  return found;
}

/**
 * The header fields an issue cannot do without (number line, period, issuer), or
 * import.not-a-report saying which are missing; problems for the ones it can.
 *
 * @example
 * requireHeader(readMasthead(lines), "文件“a.txt”", {}, problems).period; // { start: "2023-12-11", end: "2023-12-15" }
 */
export function requireHeader(h: Masthead, source: string, options: ParseOptions, problems: ImportProblem[]) {
  const missing: string[] = [];
  if (h.year === null || h.seq === null) missing.push("期号行（如“2023年第49期（总第469期）”）");
  else if (h.total === null) missing.push("总期数（期号行中的“（总第N期）”）");
  const period = h.period && h.year !== null ? periodDates(h.period, h.year) : null;
  if (!period) missing.push("统计周期（如“（12月11日—12月15日）”）");
  const issuer = h.issuer ?? options.issuer ?? null;
  if (!issuer) missing.push("编印单位（如“四川省政府政务服务和公共资源交易服务中心”）");
  if (missing.length || !period) {
    const looksLikeReport = h.title !== null || h.seq !== null || h.period !== null;
    throw new ZhoubaoError(
      "import.not-a-report",
      looksLikeReport
        ? `${source}不是完整的窗口工作周报：缺少${missing.join("、")}。`
        : `${source}不像是窗口工作周报：报头应有期号行（如“2023年第49期（总第469期）”）、编印单位、印发日期和统计周期（如“（12月11日—12月15日）”），正文应有“一、”“二、”等标题。`,
      { missing },
    );
  }
  if (!h.title) problems.push({ code: "masthead.title-missing", line: null, message: `报头中没有找到标题，按“${DEFAULT_TITLE}”处理。` });
  if (!h.issuer) problems.push({ code: "masthead.issuer-missing", line: null, message: `报头中没有找到编印单位，按“${issuer}”处理。` });
  if (!h.publishedOn) problems.push({ code: "masthead.published-missing", line: null, message: "报头中没有找到印发日期（如“2023年12月26日”）。" });
  return { year: h.year!, seq: h.seq!, total: h.total!, issuer: issuer!, publishedOn: h.publishedOn, period };
}

/**
 * Reports a period line in the body that differs from the masthead's.
 *
 * @example
 * checkPeriod(line, { start: "2022-09-13", end: "2022-09-16" }, problems);
 */
export function checkPeriod(line: ReportLine, period: { start: string; end: string }, problems: ImportProblem[]): void {
  const p = periodDates(printedPeriod(PERIOD.exec(line.text)!, line.no), Number(period.start.slice(0, 4)));
  if (!p || p.start !== period.start || p.end !== period.end)
    problems.push({ code: "masthead.period-mismatch", line: line.no, message: `第 ${line.no} 行的统计周期“${line.text}”与报头的统计周期不一致。` });
}

