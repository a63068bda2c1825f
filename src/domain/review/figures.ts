import { issueFacts } from "../facts/issueFacts.js";
import type { Facts } from "../model/facts.js";
import type { IssueDocument } from "../model/issue.js";
import type { SectionKind } from "../model/section.js";
import { walkSections } from "../tree.js";
import type { FigureDelta } from "./model.js";

/** A figure read out of the Facts: where it stands, what it is called, and whether it restarts each year. */
type Figure = { key: string; kind: SectionKind; match?: (s: unknown) => boolean; label: string; unit: string; ytd: boolean; value: number };

const PAIRS = [
  ["licensing", "行政许可事项"],
  ["publicService", "公共服务事项"],
  ["otherPower", "其它九类行权事项"],
] as const;
const STEPS = [
  ["accepted", "受理"],
  ["completed", "办结"],
] as const;
const MEASURES = [
  ["consulted", "咨询", "人次"],
  ["accepted", "受理", "件"],
  ["issued", "颁发", "件"],
  ["circulated", "流转", "件"],
] as const;
const POLICY = [
  ["total", "政策"],
  ["noApplication", "免申即享"],
  ["fastApplication", "快申快享"],
] as const;

/** Every figure of an issue's Facts, in the order the report prints them. */
function figuresOf(f: Facts): Figure[] {
  const out: Figure[] = [];
  if (f.platformStats)
    for (const [p, name] of PAIRS)
      for (const [m, verb] of STEPS)
        out.push({ key: `platformStats.${p}.${m}`, kind: "platform-stats", label: `${name}${verb}`, unit: "件", ytd: true, value: f.platformStats[p][m] });
  if (f.windowCounts)
    for (const [span, name] of [["week", "本周"], ["ytd", "今年以来"]] as const)
      for (const [m, verb, unit] of MEASURES)
        out.push({ key: `windowCounts.${span}.${m}`, kind: "window-counts", label: `综窗${name}${verb}`, unit, ytd: span === "ytd", value: f.windowCounts[span][m] });
  if (f.manualProgress) {
    out.push({ key: "manualProgress.completed", kind: "manual-progress", label: "已完成受理工作手册的办理项", unit: "个", ytd: false, value: f.manualProgress.completed });
    out.push({ key: "manualProgress.percent", kind: "manual-progress", label: "受理工作手册编制占比", unit: "%", ytd: false, value: f.manualProgress.percent });
  }
  for (const l of f.policyLists ?? [])
    for (const [m, name] of POLICY)
      out.push({
        key: `policyLists.${l.level}.${l.title}.${m}`,
        kind: "policy-lists",
        match: (c) => (c as { lists: { title: string }[] }).lists.some((x) => x.title === l.title),
        label: `${l.title}${name}`,
        unit: "项",
        ytd: false,
        value: l[m],
      });
  return out;
}

/** The section that prints a figure: the first of its kind (as issueFacts reads it), or the one listing it. */
function sectionOf(doc: IssueDocument, f: Figure): string | null {
  for (const s of walkSections(doc.sections)) if (s.content.kind === f.kind && (!f.match || f.match(s.content))) return s.id;
  return null;
}

// Differences of percentages keep two decimals (65.77 − 65.1 is 0.67, not 0.6699999…).
const difference = (a: number, b: number) => Math.round((a - b) * 100) / 100;

/**
 * Each figure of `current`'s Facts with its value in `previous` and the difference.
 * Year-to-date figures restart in January, so against an issue of another year (or none)
 * they carry no delta, with a note saying why.
 *
 * @example
 * figureDeltas(doc, prev)[0]; // { key: "platformStats.licensing.accepted", label: "行政许可事项受理", value: 12345, previous: 12024, delta: 321, … }
 */
export function figureDeltas(current: IssueDocument, previous: IssueDocument | null): FigureDelta[] {
  const before = new Map(previous ? figuresOf(issueFacts(previous, [])).map((f) => [f.key, f.value]) : []);
  const otherYear = previous !== null && previous.year !== current.year;
  return figuresOf(issueFacts(current, [])).map((f) => {
    const base = { key: f.key, sectionId: sectionOf(current, f), label: f.label, unit: f.unit, value: f.value };
    if (!previous) return { ...base, previous: null, delta: null, note: "没有上一期可比" };
    if (f.ytd && otherYear) return { ...base, previous: null, delta: null, note: `年内首期，累计数自${current.year}年1月1日起算，不与上一年比较` };
    const p = before.get(f.key);
    if (p === undefined) return { ...base, previous: null, delta: null, note: "上一期没有这项数字" };
    return { ...base, previous: p, delta: difference(f.value, p), note: null };
  });
}

const grouped = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 2 });

/**
 * A figure as the 审阅 prints it: the value, and beside it the change since the previous issue.
 *
 * @example
 * figureText({ label: "行政许可事项受理", unit: "件", value: 12345, delta: 321, note: null, … }); // "行政许可事项受理 12,345 件（较上期 +321）"
 */
export function figureText(f: Pick<FigureDelta, "label" | "unit" | "value" | "delta" | "note">): string {
  const value = f.unit === "%" ? `${grouped(f.value)}%` : `${grouped(f.value)} ${f.unit}`;
  const change = f.delta === null ? (f.note ?? "无上期可比") : f.delta === 0 ? "与上期持平" : `较上期 ${f.delta > 0 ? "+" : "−"}${grouped(Math.abs(f.delta))}`;
  return `${f.label} ${value}（${change}）`;
}
