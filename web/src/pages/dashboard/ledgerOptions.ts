import type { EChartsCoreOption } from "echarts/core";
import type { LedgerSummary } from "../../api/ledger";

const number = (v: unknown) => (v === null || v === undefined ? "—" : Number(v).toLocaleString("zh-CN"));
const wan = (v: number) => (v >= 10000 ? `${v / 10000}万` : String(v));
const CASE_KINDS = [
  ["licensing", "行政许可"],
  ["publicService", "公共服务"],
  ["otherPower", "其它行权"],
] as const;

/**
 * Cases accepted per month by kind (stacked bars) and completed per month (a line), from
 * the imported platform exports.
 *
 * @example
 * monthlyCasesOption(summary).xAxis; // { type: "category", data: ["1月", …, "11月"] }
 */
export function monthlyCasesOption(s: LedgerSummary): EChartsCoreOption {
  const months = s.months;
  return {
    tooltip: { trigger: "axis", valueFormatter: number },
    legend: { top: 8 },
    grid: { left: 64, right: 32, top: 48, bottom: 24, containLabel: true },
    xAxis: { type: "category", data: months.map((m) => `${Number(m.month.slice(5))}月`) },
    yAxis: { type: "value", name: "件", axisLabel: { formatter: wan } },
    series: [
      ...CASE_KINDS.map(([k, label]) => ({ name: `${label}受理`, type: "bar", stack: "accepted", data: months.map((m) => m[k].accepted) })),
      { name: "办结（合计）", type: "line", symbolSize: 5, data: months.map((m) => CASE_KINDS.reduce((t, [k]) => t + m[k].completed, 0)) },
    ],
  };
}

/**
 * The departments with most accepted cases this year, most at the top.
 *
 * @example
 * departmentsOption(summary).series; // [{ name: "受理", … }, { name: "办结", … }]
 */
export function departmentsOption(s: LedgerSummary): EChartsCoreOption {
  const rows = [...s.departments].reverse();
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: number },
    legend: { top: 0 },
    grid: { left: 8, right: 48, top: 32, bottom: 16, containLabel: true },
    xAxis: { type: "value", name: "件", axisLabel: { formatter: wan } },
    yAxis: { type: "category", data: rows.map((r) => r.department), axisLabel: { width: 160, overflow: "truncate" } },
    series: [
      { name: "受理", type: "bar", data: rows.map((r) => r.accepted) },
      { name: "办结", type: "bar", data: rows.map((r) => r.completed) },
    ],
  };
}
