import { ZhoubaoError, issueDocument, issueFacts, type IssueDocument } from "../../../domain/index.js";
import { toLines } from "../text/lines.js";
import { squash } from "../text/fold.js";
import type { ImportProblem, ParseOptions, ParsedReport, ReportLine } from "../types.js";
import { dateNear } from "./context.js";
import { defaultRegistry } from "./departments.js";
import { readMasthead, periodOnly } from "./masthead.js";
import { DEFAULT_TITLE, checkPeriod, findStrayMasthead, requireHeader } from "./header.js";
import { Outline } from "./outline.js";
import { Colophon } from "./colophon.js";
import { readAssessment } from "./assessment.js";
import { buildSections } from "./build.js";
import { recordedPages } from "../pages/originalPages.js";
import { keepOutside, keptParagraphs } from "./verbatim.js";
import { ATTACHMENT_REF, ATTACHMENT_START, HEADING_1, HEADING_2, ITEM, ISSUE_NUMBER, isHeadingText, isBareNumber, isPageNumber, isRule } from "./patterns.js";

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
  const lines = toLines(text, source);
  const content = withoutLayout(lines);
  if (!content.length) throw new ZhoubaoError("import.empty", `${source}中没有文字内容。请选择一期窗口工作周报（TXT、PDF 或 DOCX）。`);

  let bodyStart = content.findIndex((l) => isBodyStart(l.text));
  if (bodyStart < 0) bodyStart = content.length;
  const masthead = readMasthead(content.slice(0, bodyStart));
  const rest = content.slice(bodyStart);
  const found = findStrayMasthead(masthead, rest);
  const problems: ImportProblem[] = [];
  const header = requireHeader(masthead, source, options, problems);
  const title = masthead.title ?? DEFAULT_TITLE;
  // The running header of each page: the title, the number line, or both.
  const isRunningHeader = (t: string) => {
    const s = squash(t);
    const number = ISSUE_NUMBER.exec(s);
    return s === title || (!!number && Number(number[1]) === header.year && [title, ""].includes(s.replace(number[0], "")));
  };

  const unparsed: ReportLine[] = [...masthead.unparsed];
  // Lines outside every section that were not understood: kept in the nearest section.
  const outside: ReportLine[] = [];
  const outline = new Outline();
  if (masthead.part) outline.addPart(masthead.part.heading, masthead.part.line);
  const colophon = new Colophon();
  const attachmentLines: ReportLine[] = [];
  let attachmentRef: string | null = null;
  let zone: "body" | "attachment" | "colophon" = "body";
  let refOpen = false; // a long 附件：title may wrap onto the next line
  for (let i = 0; i < rest.length; i++) {
    const line = rest[i];
    const t = line.text;
    if (found.has(line) || isRunningHeader(t)) continue;
    const wasRefOpen = refOpen;
    refOpen = false;
    if (wasRefOpen && zone === "body" && t.length <= 24 && !isStructural(t)) {
      attachmentRef += t;
      continue;
    }
    if ((zone === "colophon" && colophon.continues(t)) || Colophon.starts(t)) {
      zone = "colophon";
      if (!colophon.add(line)) outside.push(line);
    } else if (zone !== "attachment" && ATTACHMENT_REF.test(t)) {
      attachmentRef = ATTACHMENT_REF.exec(t)![1];
      refOpen = !/[。）》]$|结果$|表$/.test(t);
    } else if (ATTACHMENT_START.test(t) || zone === "attachment" || ASSESSMENT_TITLE.test(squash(t))) {
      zone = "attachment";
      attachmentLines.push(line);
    } else if (zone === "colophon") outside.push(line);
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
    outside.push(...a.unparsed);
    problems.push(...a.problems);
  } else if (attachmentRef)
    problems.push({ code: "assessment.missing", line: null, message: `正文列有附件“${attachmentRef}”，但文件中没有找到附件内容。` });

  unparsed.push(...outside);
  keepOutside(sections, keptParagraphs([...masthead.unparsed, ...outline.orphans]), keptParagraphs(outside));
  const doc = validate(
    {
      title,
      ...header,
      copies: colophon.copies,
      distribution: colophon.distribution(),
      sections,
      attachments,
      originalPages: options.pages === false ? null : recordedPages(text, isRunningHeader),
    },
    source,
  );
  const unparsedFacts = [...new Map(unparsed.map((l) => [l.no, { line: l.no, text: l.raw.trim() }])).values()].sort((a, b) => a.line - b.line);
  if (unparsedFacts.length)
    problems.push({ code: "text.unparsed", line: unparsedFacts[0].line, message: `共有 ${unparsedFacts.length} 行未能识别，已列入 unparsed，并按原文保留在所在栏目（标为“原文未能识别，请核对”），请对照原文核对。` });
  return { doc, facts: issueFacts(doc, unparsedFacts), problems };
}

/**
 * The lines that carry content: blank lines, page numbers and markdown table rules
 * are layout. A lone small number is a page number only at a page's end (a form feed
 * follows, as pdftotext prints it, or the document ends); elsewhere it is the tail of
 * a figure the extraction wrapped.
 */
function withoutLayout(lines: ReportLine[]): ReportLine[] {
  const filled = lines.filter((l) => l.text && !isRule(l) && !isPageNumber(l));
  return filled.filter((l, i) => {
    if (!isBareNumber(l)) return true;
    const next = filled[i + 1];
    return !(l.raw.includes("\f") || !next || next.raw.trimStart().startsWith("\f"));
  });
}

/** A line that starts something: a heading, an item, the 版记 or an attachment. */
function isStructural(text: string): boolean {
  return isBodyStart(text) || HEADING_2.test(text) || ITEM.test(text) || periodOnly(text);
}

/** The first line of the body: a 一、 heading, the 版记 or an attachment. */
function isBodyStart(text: string): boolean {
  const h = HEADING_1.exec(text);
  return (!!h && isHeadingText(h[2])) || Colophon.starts(text) || ATTACHMENT_START.test(text) || ATTACHMENT_REF.test(text);
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
