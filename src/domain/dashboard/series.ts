import { z } from "zod";
import type { IssueDocument } from "../model/issue.js";
import { firstOfKind, walkSections } from "../tree.js";

export const CATEGORIES = [
  ["licensing", "行政许可"],
  ["publicService", "公共服务"],
  ["otherPower", "其它九类行权事项"],
] as const;
export type Category = (typeof CATEGORIES)[number][0];
export const MEASURES = [
  ["consulted", "咨询"],
  ["accepted", "受理"],
  ["issued", "颁发"],
  ["circulated", "流转"],
] as const;

type Num = number | null;
const nums = z.array(z.number().nullable());
const pairs = z.object({ accepted: nums, completed: nums });
const byCategory = z.object({ licensing: pairs, publicService: pairs, otherPower: pairs });
const byMeasure = z.object({ consulted: nums, accepted: nums, issued: nums, circulated: nums });

/**
 * The 数据看板's curves of one year's issues: the answer of GET /api/dashboard (computed
 * on the server from the stored issues) and what the web app charts.
 */
export const dashboardSeriesSchema = z.object({
  /** One label per issue, oldest first: "第12期". */
  labels: z.array(z.string()),
  ytd: byCategory,
  /** This week's cases: the YTD figure minus the previous issue's of the same year (the first issue of a year: its YTD). */
  weekly: byCategory,
  window: z.object({ week: byMeasure, ytd: byMeasure }),
  /** Assessment months (YYYY-MM) and each department's rank in them. */
  ranks: z.object({ months: z.array(z.string()), byDepartment: z.record(z.string(), nums) }),
  /** News items attributed to each department, most first. */
  newsByDepartment: z.array(z.tuple([z.string(), z.number().int()])),
});
export type DashboardSeries = z.infer<typeof dashboardSeriesSchema>;

const empty = () => ({ accepted: [] as Num[], completed: [] as Num[] });

/**
 * The dashboard's series from a year's issues: year-to-date curves, weekly increments
 * derived from consecutive YTD figures, the comprehensive window, assessment ranks by
 * month, news items per department.
 *
 * @example
 * dashboardSeries(issues).weekly.licensing.accepted; // [1520, 1611, …]
 */
export function dashboardSeries(issues: (IssueDocument & { total: number })[]): DashboardSeries {
  const sorted = [...issues].sort((a, b) => a.total - b.total);
  const out: DashboardSeries = {
    labels: sorted.map((i) => `第${i.seq}期`),
    ytd: { licensing: empty(), publicService: empty(), otherPower: empty() },
    weekly: { licensing: empty(), publicService: empty(), otherPower: empty() },
    window: { week: { consulted: [], accepted: [], issued: [], circulated: [] }, ytd: { consulted: [], accepted: [], issued: [], circulated: [] } },
    ranks: { months: [], byDepartment: {} },
    newsByDepartment: [],
  };
  const lastYtd: Record<string, { year: number; value: number }> = {};
  for (const issue of sorted) {
    const stats = firstOfKind(issue.sections, "platform-stats")?.content;
    for (const [cat] of CATEGORIES)
      for (const part of ["accepted", "completed"] as const) {
        const v = stats?.[cat]?.[part] ?? null;
        out.ytd[cat][part].push(v);
        const key = `${cat}.${part}`;
        const prev = lastYtd[key];
        out.weekly[cat][part].push(v === null ? null : prev && prev.year === issue.year ? v - prev.value : v);
        if (v !== null) lastYtd[key] = { year: issue.year, value: v };
      }
    const win = firstOfKind(issue.sections, "window-counts")?.content;
    for (const [m] of MEASURES) {
      out.window.week[m].push(win?.week?.[m] ?? null);
      out.window.ytd[m].push(win?.ytd?.[m] ?? null);
    }
  }
  // Assessments: one table per month (the latest issue that carries it wins).
  const months = new Map<string, Map<string, number>>();
  for (const issue of sorted)
    for (const a of issue.attachments ?? []) if (a.kind === "assessment") months.set(a.month, new Map(a.rows.map((r) => [r.department, r.rank])));
  out.ranks.months = [...months.keys()].sort();
  const departments = new Set([...months.values()].flatMap((m) => [...m.keys()]));
  for (const d of departments) out.ranks.byDepartment[d] = out.ranks.months.map((m) => months.get(m)!.get(d) ?? null);
  const news = new Map<string, number>();
  for (const issue of sorted)
    for (const s of walkSections(issue.sections))
      if (s.content.kind === "news") for (const item of s.content.items) for (const d of item.departments) news.set(d, (news.get(d) ?? 0) + 1);
  out.newsByDepartment = [...news.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "zh-CN"));
  return out;
}
