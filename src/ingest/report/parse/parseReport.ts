import { ZhoubaoError, issueDocument, issueFacts, type IssueDocument } from "../../../domain/index.js";
import { toLines } from "../text/lines.js";
import { squash } from "../text/fold.js";
import type { ImportProblem, ParseOptions, ParsedReport, ReportLine } from "../types.js";
import { dateNear } from "./context.js";
import { defaultRegistry } from "./departments.js";
import { readMasthead, periodDates, periodOnly, printedPeriod, type Masthead } from "./masthead.js";
import { Outline } from "./outline.js";
import { Colophon } from "./colophon.js";
import { readAssessment } from "./assessment.js";
import { buildSections } from "./build.js";
import { ATTACHMENT_REF, ATTACHMENT_START, HEADING_1, ISSUE_NUMBER, PERIOD, isHeadingText, isBareNumber, isPageNumber, isTableRule } from "./patterns.js";

const DEFAULT_TITLE = "窗口工作周报";
const ASSESSMENT_TITLE = /^\d{4}年\d{1,2}月.{0,40}考核结果$/;

/**
 * Parses the text of one 窗口工作周报 into an issue, its Facts and the problems found.
 * Pure: no I/O, no store. Throws ZhoubaoError (import.empty, import.not-a-report)
 * only when there is no issue to speak of; everything else is a problem.
 *
 * @example
 * const { facts } = parseReportText(readFileSync("2023-49.txt", "utf8"));
 * facts.issue.total; // 469
 */
export function parseReportText(text: string, options: ParseOptions = {}): ParsedReport {
  const registry = options.registry ?? defaultRegistry();
  const source = options.sourceName ? `文件“${options.sourceName}”` : "该文件";
  const lines = toLines(text);
  const content = withoutLayout(lines);
  if (!content.length) throw new ZhoubaoError("import.empty", `${source}中没有文字内容。请选择一期窗口工作周报（TXT、PDF 或 DOCX）。`);

  let bodyStart = content.findIndex((l) => isBodyStart(l.text));
  if (bodyStart < 0) bodyStart = content.length;
  const masthead = readMasthead(content.slice(0, bodyStart));
  const rest = content.slice(bodyStart);
  const found = findStrayMasthead(masthead, rest);
  const problems: ImportProblem[] = [];
  const header = requireHeader(masthead, rest, source, options, problems);
  const title = masthead.title ?? DEFAULT_TITLE;
  const isRunningHeader = (t: string) => {
    const s = squash(t);
    return s === title || (s.startsWith(title) && ISSUE_NUMBER.test(s) && s.replace(ISSUE_NUMBER, "") === title);
  };

  const unparsed: ReportLine[] = [...masthead.unparsed];
  const outline = new Outline();
  if (masthead.part) outline.addPart(masthead.part.heading, masthead.part.line);
  const colophon = new Colophon();
  const attachmentLines: ReportLine[] = [];
  let attachmentRef: string | null = null;
  let zone: "body" | "attachment" | "colophon" = "body";
  for (let i = 0; i < rest.length; i++) {
    const line = rest[i];
    const t = line.text;
    if (found.has(line) || isRunningHeader(t)) continue;
    if (zone === "colophon" && colophon.continues(t)) colophon.add(line);
    else if (Colophon.starts(t)) {
      zone = "colophon";
      colophon.add(line);
    } else if (zone !== "attachment" && ATTACHMENT_REF.test(t)) attachmentRef = ATTACHMENT_REF.exec(t)![1];
    else if (ATTACHMENT_START.test(t) || zone === "attachment" || ASSESSMENT_TITLE.test(squash(t))) {
      zone = "attachment";
      attachmentLines.push(line);
    } else if (zone === "colophon") unparsed.push(line);
    else if (periodOnly(t)) checkPeriod(line, header.period, problems);
    else if (isHeadingText(t) && !HEADING_1.test(t) && !/^（/.test(t) && rest[i + 1] && periodOnly(rest[i + 1].text)) {
      outline.addPart(squash(t), line);
    } else outline.add(line);
  }

  unparsed.push(...outline.orphans);
  problems.push(...outline.problems);
  const dateOf = dateNear(header.period);
  const sink = { unparsed, problems };
  const sections = buildSections(outline.roots, { registry, dateOf }, sink);
  const attachments: IssueDocument["attachments"] = [];
  if (attachmentLines.length) {
    const a = readAssessment(attachmentLines, registry, attachmentRef);
    if (a.attachment) attachments.push(a.attachment);
    unparsed.push(...a.unparsed);
    problems.push(...a.problems);
  } else if (attachmentRef)
    problems.push({ code: "assessment.missing", line: null, message: `正文列有附件“${attachmentRef}”，但文件中没有找到附件内容。` });

  const doc = validate(
    {
      title,
      ...header,
      copies: colophon.copies,
      distribution: colophon.distribution(),
      sections,
      attachments,
    },
    source,
  );
  const unparsedFacts = [...new Map(unparsed.map((l) => [l.no, { line: l.no, text: l.raw.trim() }])).values()].sort((a, b) => a.line - b.line);
  if (unparsedFacts.length)
    problems.push({ code: "text.unparsed", line: unparsedFacts[0].line, message: `共有 ${unparsedFacts.length} 行未能识别，已列入 unparsed，请对照原文核对。` });
  return { doc, facts: issueFacts(doc, unparsedFacts), problems };
}

/**
 * The lines that carry content: blank lines, page numbers and markdown table rules
 * are layout. A lone small number is a page number only at a page's end (a form feed
 * follows, as pdftotext prints it, or the document ends); elsewhere it is the tail of
 * a figure the extraction wrapped.
 */
function withoutLayout(lines: ReportLine[]): ReportLine[] {
  const filled = lines.filter((l) => l.text && !isTableRule(l) && !isPageNumber(l));
  return filled.filter((l, i) => {
    if (!isBareNumber(l)) return true;
    const next = filled[i + 1];
    return !(l.raw.includes("\f") || !next || next.raw.trimStart().startsWith("\f"));
  });
}

/** The first line of the body: a 一、 heading, the 版记 or an attachment. */
function isBodyStart(text: string): boolean {
  const h = HEADING_1.exec(text);
  return (!!h && isHeadingText(h[2])) || Colophon.starts(text) || ATTACHMENT_START.test(text) || ATTACHMENT_REF.test(text);
}

/**
 * Masthead lines that the extraction put after the first heading (text boxes in a
 * DOCX, odd reading order in a PDF): a number line or a period line standing alone.
 */
function findStrayMasthead(h: Masthead, rest: ReportLine[]): Set<ReportLine> {
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

function requireHeader(h: Masthead, rest: ReportLine[], source: string, options: ParseOptions, problems: ImportProblem[]) {
  const missing: string[] = [];
  if (h.year === null || h.seq === null) missing.push("期号行（如“2023年第49期（总第469期）”）");
  else if (h.total === null) missing.push("总期数（期号行中的“（总第N期）”）");
  const period = h.period && h.year !== null ? periodDates(h.period, h.year) : null;
  if (!period) missing.push("统计周期（如“（12月11日—12月15日）”）");
  const issuer = h.issuer ?? options.issuer ?? null;
  if (!issuer) missing.push("编印单位（如“四川省政府政务服务和公共资源交易服务中心”）");
  if (missing.length || !period) {
    const looksLikeReport = h.title !== null || rest.some((l) => /^[一二三四五六七八九十]{1,3}、/.test(l.text) || Colophon.starts(l.text));
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

function checkPeriod(line: ReportLine, period: { start: string; end: string }, problems: ImportProblem[]): void {
  const p = periodDates(printedPeriod(PERIOD.exec(line.text)!, line.no), Number(period.start.slice(0, 4)));
  if (!p || p.start !== period.start || p.end !== period.end)
    problems.push({ code: "masthead.period-mismatch", line: line.no, message: `第 ${line.no} 行的统计周期“${line.text}”与报头的统计周期不一致。` });
}

function validate(doc: unknown, source: string): IssueDocument {
  const r = issueDocument.safeParse(doc);
  if (r.success) return r.data;
  const first = r.error.issues[0];
  throw new ZhoubaoError(
    "import.unreadable",
    `${source}的内容无法整理成一期周报：${first.path.join(".")} ${first.message}。`,
    { issues: r.error.issues.slice(0, 5) },
  );
}
