import type { ContentOf, InspectionItem, LeaderVisit, NewsItem } from "../../../domain/index.js";
import { newId, sectionContent } from "../../../domain/index.js";
import type { ImportProblem, ReportLine } from "../types.js";
import type { SectionContext, SectionResult } from "./context.js";
import { unparsedProblem } from "./context.js";
import { splitItems } from "./items.js";
import { allLines, splitParagraphs, type Paragraph } from "./paragraphs.js";
import { findVisits, toLeaderVisit } from "./leaderVisits.js";
import { unknownDepartment } from "./figures.js";
import { keptParagraphs } from "./verbatim.js";

/** Parsers of the prose sections: news, leader visits, inspection. */

const joinText = (ps: Paragraph[]) => ps.map((p) => p.text).join("\n");

/**
 * News: an optional intro, then items numbered （1） or 1.; or unnumbered paragraphs.
 *
 * @example
 * parseNews(lines, ctx).content; // { kind: "news", numbering: "dot", items: [{ text: "…", departments: ["公安厅"] }, …] }
 */
export function parseNews(lines: ReportLine[], ctx: SectionContext): SectionResult {
  const c = sectionContent.parse({ kind: "news" }) as ContentOf<"news">;
  const split = splitItems(lines);
  const item = (text: string): NewsItem => ({ id: newId(), text, departments: ctx.registry.mentions(text), submissionId: null });
  c.numbering = split.numbering;
  if (split.items.length) {
    const intro = splitParagraphs(split.intro);
    c.intro = intro.length ? joinText(intro) : null;
    c.items = split.items.map((i) => item(joinText(splitParagraphs(i.pieces)))).filter((i) => i.text);
  } else {
    c.items = splitParagraphs(split.intro).map((p) => item(p.text));
  }
  return { content: c, unparsed: [], problems: [] };
}

/**
 * 厅（局）长进大厅: numbered visit paragraphs, or a summary sentence naming the visitors.
 *
 * @example
 * parseLeaderVisits(lines, ctx).content; // { kind: "leader-visits", visits: [{ department: "司法厅", person: "龚瑞", … }] }
 */
export function parseLeaderVisits(lines: ReportLine[], ctx: SectionContext): SectionResult {
  const c = sectionContent.parse({ kind: "leader-visits" }) as ContentOf<"leader-visits">;
  const split = splitItems(lines);
  const unparsed: ReportLine[] = [];
  const problems: ImportProblem[] = [];
  const read = (p: Paragraph, own: boolean): LeaderVisit[] => {
    const found = findVisits(p.text, ctx.registry, ctx.dateOf);
    const line = p.spans[0]?.line.no ?? null;
    for (const v of found) if (!v.known) problems.push(unknownDepartment(v.department, line));
    if (!found.length && !/(?:无|没有)(?:厅|局|领导)/.test(p.text)) {
      unparsed.push(...p.spans.map((s) => s.line));
      problems.push({
        code: "leader-visit.unrecognised",
        line,
        message: `“${ctx.heading}”第 ${line} 行起的段落中未能识别出部门、职务和姓名（应如“应急厅党委委员、副厅长周彤来到…”）。`,
      });
    }
    return found.map((v) => toLeaderVisit(v, own ? p.text : null));
  };
  const intro = splitParagraphs(split.intro);
  c.summary = intro.length ? joinText(intro) : null;
  for (const p of intro) c.visits.push(...read(p, false));
  const kept: ReportLine[] = [];
  for (const item of split.items) {
    const paragraphs = splitParagraphs(item.pieces);
    const whole: Paragraph = { text: joinText(paragraphs), spans: paragraphs.flatMap((p) => p.spans) };
    const visits = read(whole, true);
    // A numbered paragraph naming no visitor has no visit to hold it: kept verbatim.
    if (!visits.length) kept.push(...whole.spans.map((s) => s.line));
    c.visits.push(...visits);
  }
  return { content: c, unparsed, kept: keptParagraphs(kept), problems };
}

/**
 * 大厅巡查: an intro, then （一）按时到岗情况。总体情况良好。 …
 *
 * @example
 * parseInspection(lines, ctx).content; // { kind: "inspection", items: [{ item: "按时到岗情况", verdict: "总体情况良好。" }, …] }
 */
export function parseInspection(lines: ReportLine[], ctx: SectionContext): SectionResult {
  const c = sectionContent.parse({ kind: "inspection" }) as ContentOf<"inspection">;
  let split = splitItems(lines, "chinese");
  if (!split.items.length) split = splitItems(lines, "arabic");
  const intro = splitParagraphs(split.intro);
  c.intro = intro.length ? joinText(intro) : null;
  const unparsed: ReportLine[] = [];
  for (const item of split.items) {
    const paragraphs = splitParagraphs(item.pieces);
    const text = paragraphs.map((p) => p.text).join("");
    const m = /^(.{1,30}?)[。：:]\s*(.+)$/.exec(text);
    if (m) c.items.push({ item: m[1], verdict: m[2], note: null } satisfies InspectionItem);
    else unparsed.push(...allLines(paragraphs));
  }
  const problems = unparsed.length
    ? [
        {
          code: "inspection.unrecognised" as const,
          line: unparsed[0].no,
          message: `“${ctx.heading}”中第 ${unparsed.map((l) => l.no).join("、")} 行的巡查项缺少结论（应如“（一）按时到岗情况。总体情况良好。”）。`,
        },
      ]
    : [];
  return { content: c, unparsed, kept: keptParagraphs(unparsed), problems };
}

/**
 * A section that only holds subsections: text directly under its heading has no place.
 *
 * @example
 * groupResult(lines, ctx).unparsed; // the lines under the heading, for `unparsed`
 */
export function groupResult(lines: ReportLine[], ctx: SectionContext): SectionResult {
  const unparsed = lines.filter((l) => l.text);
  return { content: { kind: "group" }, unparsed, kept: keptParagraphs(unparsed), problems: unparsedProblem(unparsed, `分组标题“${ctx.heading}”下的文字`) };
}
