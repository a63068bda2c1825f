import type { EChartsCoreOption } from "echarts/core";
import { CATEGORIES, MEASURES, type Category, type DashboardSeries } from "@domain/dashboard/series";

const tooltip = { trigger: "axis" as const, valueFormatter: (v: unknown) => (v === null || v === undefined ? "—" : Number(v).toLocaleString("zh-CN")) };
const grid = { left: 64, right: 64, top: 48, bottom: 56, containLabel: true };
const zoom = (n: number) => (n > 16 ? [{ type: "slider", height: 18, bottom: 8 }] : []);

/** Year-to-date accepted and completed of one category (lines) with this week's increments (bars). */
export function ytdOption(s: DashboardSeries, cat: Category): EChartsCoreOption {
  const name = CATEGORIES.find(([c]) => c === cat)![1];
  return {
    tooltip,
    legend: { top: 8 },
    grid,
    dataZoom: zoom(s.labels.length),
    xAxis: { type: "category", data: s.labels },
    yAxis: [
      { type: "value", name: "年度累计（件）", axisLabel: { formatter: (v: number) => (v >= 10000 ? `${v / 10000}万` : String(v)) } },
      { type: "value", name: "本周新增（件）", splitLine: { show: false }, axisLabel: { formatter: (v: number) => (v >= 10000 ? `${v / 10000}万` : String(v)) } },
    ],
    series: [
      { name: `${name}受理（累计）`, type: "line", data: s.ytd[cat].accepted, connectNulls: true, symbolSize: 4 },
      { name: `${name}办结（累计）`, type: "line", data: s.ytd[cat].completed, connectNulls: true, symbolSize: 4 },
      { name: `${name}受理（本周新增）`, type: "bar", yAxisIndex: 1, data: s.weekly[cat].accepted, itemStyle: { opacity: 0.55 } },
      { name: `${name}办结（本周新增）`, type: "bar", yAxisIndex: 1, data: s.weekly[cat].completed, itemStyle: { opacity: 0.55 } },
    ],
  };
}

/** The comprehensive window, week by week. */
export function windowOption(s: DashboardSeries): EChartsCoreOption {
  return {
    tooltip,
    legend: { top: 8 },
    grid,
    dataZoom: zoom(s.labels.length),
    xAxis: { type: "category", data: s.labels },
    yAxis: { type: "value", name: "本周（人次/件）" },
    series: MEASURES.map(([m, label]) => ({ name: label, type: "line", data: s.window.week[m], connectNulls: true, symbolSize: 4 })),
  };
}

/** Each chosen department's assessment rank by month (rank 1 at the top). */
export function rankOption(s: DashboardSeries, departments: string[]): EChartsCoreOption {
  return {
    tooltip: { trigger: "axis", valueFormatter: (v: unknown) => (v === null || v === undefined ? "—" : `第${v}名`) },
    legend: { top: 8, type: "scroll" },
    grid,
    xAxis: { type: "category", data: s.ranks.months.map((m) => `${m.slice(0, 4)}年${Number(m.slice(5))}月`) },
    yAxis: { type: "value", inverse: true, min: 1, name: "名次", nameLocation: "start", nameGap: 16, minInterval: 1 },
    series: departments.map((d) => ({ name: d, type: "line", data: s.ranks.byDepartment[d] ?? [], connectNulls: false, symbolSize: 6 })),
  };
}

/** News items per department over the year. */
export function newsOption(s: DashboardSeries, top = 30): EChartsCoreOption {
  const rows = s.newsByDepartment.slice(0, top).reverse();
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    grid: { left: 8, right: 32, top: 16, bottom: 16, containLabel: true },
    xAxis: { type: "value", name: "条", minInterval: 1 },
    yAxis: { type: "category", data: rows.map((r) => r[0]), axisLabel: { width: 160, overflow: "truncate" } },
    series: [{ name: "动态条数", type: "bar", data: rows.map((r) => r[1]), label: { show: true, position: "right" } }],
  };
}
