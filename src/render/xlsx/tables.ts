import { CATEGORIES, MEASURES, type DashboardSeries } from "../../domain/dashboard/series.js";
import type { AssessmentRow } from "../../domain/model/assessment.js";
import { chineseDate, chinesePeriod } from "../../domain/present/dates.js";
import type { Sheet } from "./workbook.js";

type ListedIssue = { year: number; seq: number; total: number; period: { start: string; end: string }; publishedOn: string | null; statusLabel: string; revision: number };

/** 往期归档's list as a sheet: one row per issue, newest first as listed. */
export function archiveSheet(issues: ListedIssue[]): Sheet {
  return {
    name: "往期周报",
    title: `往期周报一览（共 ${issues.length} 期）`,
    columns: [
      { header: "期号", width: 16 },
      { header: "总期号", width: 10 },
      { header: "统计周期", width: 28 },
      { header: "印发日期", width: 18 },
      { header: "状态", width: 10 },
      { header: "版次", width: 8 },
    ],
    rows: issues.map((i) => [`${i.year}年第${i.seq}期`, i.total, chinesePeriod(i.period), i.publishedOn ? chineseDate(i.publishedOn) : "未定", i.statusLabel, i.revision || null]),
  };
}

/**
 * A year's figures as a sheet, one row per issue: the platform's year-to-date and weekly
 * cases of each category, and the comprehensive window's week and year-to-date measures.
 */
export function statsSheet(year: number, s: DashboardSeries): Sheet {
  const platform = CATEGORIES.flatMap(([c, label]) =>
    (["accepted", "completed"] as const).flatMap((p) => {
      const what = `${label}${p === "accepted" ? "受理" : "办结"}`;
      return [
        { header: `${what}（年度累计）`, values: s.ytd[c][p] },
        { header: `${what}（本周）`, values: s.weekly[c][p] },
      ];
    }),
  );
  const window = MEASURES.flatMap(([m, label]) => [
    { header: `综窗${label}（本周）`, values: s.window.week[m] },
    { header: `综窗${label}（年度累计）`, values: s.window.ytd[m] },
  ]);
  const series = [...platform, ...window];
  return {
    name: "统计数据",
    title: `${year}年各期统计数据`,
    columns: [{ header: "期号", width: 10 }, ...series.map((x) => ({ header: x.header, width: 16 }))],
    rows: s.labels.map((label, i) => [label, ...series.map((x) => x.values[i] ?? null)]),
  };
}

/** A month's assessment results: 名次 printed on every row (a sheet is sorted and filtered, unlike the printed table). */
export function assessmentSheet(a: { title: string; rows: AssessmentRow[] }): Sheet {
  return {
    name: "考核结果",
    title: a.title,
    columns: [
      { header: "名次", width: 8 },
      { header: "部门窗口", width: 30 },
      { header: "基础分值", width: 12 },
      { header: "减分分值", width: 12 },
      { header: "加分分值", width: 12 },
      { header: "实得分值", width: 12 },
    ],
    rows: a.rows.map((r) => [r.rank, r.department, r.base, r.deduction, r.bonus, r.score]),
  };
}
