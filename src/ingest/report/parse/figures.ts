import type { ContentOf, PolicyList, SectionContent } from "../../../domain/index.js";
import { sectionContent } from "../../../domain/index.js";
import type { ImportProblem, ReportLine } from "../types.js";
import type { SectionContext, SectionResult } from "./context.js";
import { isoDate, unparsedProblem } from "./context.js";
import { joinPieces, piecesOf, uncoveredLines, type Paragraph } from "./paragraphs.js";
import { resolveDepartment } from "./departments.js";
import { uncoveredText } from "./verbatim.js";
import { DECIMAL, NUM, figure } from "./patterns.js";

/**
 * Parsers of the data sections, whose sentences are generated from figures
 * (DESIGN.md §3): they read the figures back. A section's lines are joined into one
 * paragraph first, so a sentence broken anywhere still matches; whatever no pattern
 * covers is reported as unparsed.
 */

const SEP = "[，,、；;]?";
const re = (s: string, flags = "") => new RegExp(s, flags);

type Hit = { m: RegExpExecArray; range: [number, number] };

function find(p: Paragraph, pattern: RegExp, ranges: [number, number][]): Hit | null {
  const m = pattern.exec(p.text);
  if (!m) return null;
  const range: [number, number] = [m.index, m.index + m[0].length];
  ranges.push(range);
  return { m, range };
}

function finish(
  content: SectionContent,
  p: Paragraph,
  ranges: [number, number][],
  ctx: SectionContext,
  missing: string[],
): SectionResult {
  const unparsed = uncoveredLines(p, ranges);
  const problems: ImportProblem[] = unparsedProblem(unparsed, `“${ctx.heading}”中的文字`);
  if (missing.length && p.text)
    problems.push({
      code: "section.figures-missing",
      line: p.spans[0]?.line.no ?? ctx.headingLine.no,
      message: `“${ctx.heading}”中未找到${missing.join("、")}的数字，请核对原文。`,
    });
  return { content, unparsed, kept: uncoveredText(p, ranges), problems };
}

const pair = (h: Hit | null) => (h ? { accepted: figure(h.m[1]), completed: figure(h.m[2]) } : null);

const SOURCE = re(`据(.{1,30}?)数据统计${SEP}`);
const RANGE = /(\d{4})年(\d{1,2})月(\d{1,2})日(?:至|到|—|-|~)(\d{4})年(\d{1,2})月(\d{1,2})日[，,]?/;
const AS_OF = /截至(\d{4})年(\d{1,2})月(\d{1,2})日[，,]?/;
const LICENSING = re(`([\\u4e00-\\u9fff]{0,6}?)行政许可事项受理${NUM}件${SEP}(?:累计)?办结${NUM}件${SEP}`);
const PUBLIC = re(`公共服务事项受理${NUM}件${SEP}(?:累计)?办结${NUM}件${SEP}`);
const OTHER = re(`其[它他]九类行政?权事项受理${NUM}件${SEP}(?:累计)?办结${NUM}件[。；;，,]?`);

/**
 * 据…数据统计，2022年1月1日至2022年9月16日，省本级行政许可事项受理…件，办结…件；…
 *
 * @example
 * parsePlatformStats(lines, ctx).content; // { kind: "platform-stats", licensing: { accepted: 617058, completed: 611244 }, … }
 */
export function parsePlatformStats(lines: ReportLine[], ctx: SectionContext): SectionResult {
  const p = joinPieces(piecesOf(lines));
  const ranges: [number, number][] = [];
  const c = sectionContent.parse({ kind: "platform-stats" }) as ContentOf<"platform-stats">;
  const source = find(p, SOURCE, ranges);
  if (source) c.platform = source.m[1];
  const range = find(p, RANGE, ranges);
  const asOf = range ? null : find(p, AS_OF, ranges);
  if (range) {
    c.from = isoDate(+range.m[1], +range.m[2], +range.m[3]);
    c.asOf = isoDate(+range.m[4], +range.m[5], +range.m[6]);
  } else if (asOf) {
    c.from = isoDate(+asOf.m[1], 1, 1);
    c.asOf = isoDate(+asOf.m[1], +asOf.m[2], +asOf.m[3]);
  }
  const licensing = find(p, LICENSING, ranges);
  if (licensing) {
    const scope = licensing.m[1].replace(/^.*[日至]/, "");
    if (scope) c.scope = scope;
    c.licensing = { accepted: figure(licensing.m[2]), completed: figure(licensing.m[3]) };
  }
  c.publicService = pair(find(p, PUBLIC, ranges));
  c.otherPower = pair(find(p, OTHER, ranges));
  const missing = [
    [c.asOf, "统计日期"],
    [c.licensing, "行政许可事项"],
    [c.publicService, "公共服务事项"],
    [c.otherPower, "其它九类行权事项"],
  ].flatMap(([v, label]) => (v ? [] : [label as string]));
  return finish(c, p, ranges, ctx, missing);
}

const MEASURES = `咨询${NUM}(?:人次|人|次)${SEP}受理${NUM}件${SEP}颁发${NUM}件${SEP}流转${NUM}件[；;，,。]?`;
const WEEK = re(`本周${SEP}(?:共计|共|合计)?${MEASURES}`);
const YTD = re(`(?:今年以来|本年度以来|年初以来)${SEP}(?:累计|共计)?${MEASURES}`);
const measures = (h: Hit | null) =>
  h ? { consulted: figure(h.m[1]), accepted: figure(h.m[2]), issued: figure(h.m[3]), circulated: figure(h.m[4]) } : null;

/**
 * 本周，共计咨询…人次、受理…件、颁发…件、流转…件；今年以来，累计咨询…次、…
 *
 * @example
 * parseWindowCounts(lines, ctx).content; // { kind: "window-counts", week: { consulted: 1479, … }, ytd: { … } }
 */
export function parseWindowCounts(lines: ReportLine[], ctx: SectionContext): SectionResult {
  const p = joinPieces(piecesOf(lines));
  const ranges: [number, number][] = [];
  const c = sectionContent.parse({ kind: "window-counts" }) as ContentOf<"window-counts">;
  const scope = /^(.{1,8}?)综合?窗/.exec(ctx.heading);
  if (scope) c.scope = scope[1];
  c.week = measures(find(p, WEEK, ranges));
  c.ytd = measures(find(p, YTD, ranges));
  const missing = [...(c.week ? [] : ["本周办件"]), ...(c.ytd ? [] : ["今年以来累计办件"])];
  return finish(c, p, ranges, ctx, missing);
}

const MANUAL_TOTAL = re(`截至目前${SEP}(?:共|累计)?完成${NUM}个办理项的?受理工作手册编制${SEP}(?:占比|占)${DECIMAL}%[。；;，,]?`);
const MANUAL_WEEK = re(`(?:本周)?${SEP}完成(.{0,24}?)${NUM}个办理项的?受理工作手册编制[。；;，,]?`);

/**
 * 完成省市场监管局3个办理项的受理工作手册编制。截至目前，共完成1082个…，占比65.77%。
 *
 * @example
 * parseManualProgress(lines, ctx).content; // { kind: "manual-progress", addedThisWeek: 3, completed: 1082, percent: 65.77, … }
 */
export function parseManualProgress(lines: ReportLine[], ctx: SectionContext): SectionResult {
  const p = joinPieces(piecesOf(lines));
  const ranges: [number, number][] = [];
  const c = sectionContent.parse({ kind: "manual-progress" }) as ContentOf<"manual-progress">;
  const problems: ImportProblem[] = [];
  const total = find(p, MANUAL_TOTAL, ranges);
  if (total) {
    c.completed = figure(total.m[1]);
    c.percent = Number(total.m[2]);
  }
  // The weekly sentence is looked for outside the running total's sentence.
  const masked: Paragraph = { ...p, text: total ? blank(p.text, total.range) : p.text };
  const week = find(masked, MANUAL_WEEK, ranges);
  if (week) {
    c.addedThisWeek = figure(week.m[2]);
    const printed = week.m[1].replace(/^[了对]/, "");
    if (printed) {
      const dept = resolveDepartment(ctx.registry, printed);
      c.addedDepartment = dept.name;
      if (!dept.known) problems.push(unknownDepartment(dept.name, p.spans[0]?.line.no ?? null));
    }
  }
  const result = finish(c, p, ranges, ctx, total ? [] : ["累计完成数和占比"]);
  return { ...result, problems: [...problems, ...result.problems] };
}

const LISTS = /(?:梳理)?发布((?:《[^》]{2,80}》[、和及与]?)+)[。；;，,]?/;
const LIST_COUNTS = re(`(国家级?|省级?)清单共${NUM}个事项${SEP}(?:其中)?免申即享${NUM}项${SEP}快申快享${NUM}项[；;。，,]?`, "g");

/**
 * 梳理发布《…》《…》。国家清单共…个事项，其中免申即享…项、快申快享…项；省级清单…
 *
 * @example
 * parsePolicyLists(lines, ctx).content; // { kind: "policy-lists", lists: [{ level: "national", total: 123, … }, …], note: "…" }
 */
export function parsePolicyLists(lines: ReportLine[], ctx: SectionContext): SectionResult {
  const p = joinPieces(piecesOf(lines));
  const ranges: [number, number][] = [];
  const c = sectionContent.parse({ kind: "policy-lists" }) as ContentOf<"policy-lists">;
  const published = find(p, LISTS, ranges);
  const titles = published ? [...published.m[1].matchAll(/《([^》]+)》/g)].map((m) => m[1]) : [];
  for (const m of p.text.matchAll(LIST_COUNTS)) {
    ranges.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
    const level: PolicyList["level"] = m[1].startsWith("国家") ? "national" : "provincial";
    const title =
      titles.find((t) => (level === "national" ? /国家/.test(t) : /省级?/.test(t) && !/国家/.test(t))) ??
      (level === "national" ? "国家级惠企政策事项清单" : "省级惠企政策事项清单");
    c.lists.push({ level, title, total: figure(m[2]), noApplication: figure(m[3]), fastApplication: figure(m[4]) });
  }
  // What surrounds the figures (where the lists were published) is the section's note.
  let rest = "";
  let at = 0;
  for (const [a, b] of [...ranges].sort((x, y) => x[0] - y[0])) {
    if (a > at) rest += p.text.slice(at, a);
    at = Math.max(at, b);
  }
  rest = (rest + p.text.slice(at)).trim();
  c.note = rest || null;
  return finish(c, p, [[0, p.text.length]], ctx, c.lists.length ? [] : ["清单事项"]);
}

function blank(text: string, [a, b]: [number, number]): string {
  return text.slice(0, a) + " ".repeat(b - a) + text.slice(b);
}

/**
 * The problem reported for a department name the registry does not know.
 *
 * @example
 * unknownDepartment("省医保局", 48).code; // "department.unknown"
 */
export function unknownDepartment(name: string, line: number | null): ImportProblem {
  return { code: "department.unknown", line, message: `部门“${name}”不在部门名录中，已按原文保留；请在部门名录中添加或设置简称。` };
}
