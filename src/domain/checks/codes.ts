/** How much a finding weighs: an error blocks approval, a warning needs a written reason, info only informs. */
export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_LABELS: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

/**
 * Every consistency-check code with its fixed severity and a short Chinese title (for
 * the UI's legend). A code never changes severity: programs key on it.
 */
export const CHECK_CODES = {
  "numbering.gap": { severity: "warning", title: "期号未接续上一期" },
  "numbering.offset-changed": { severity: "error", title: "总期号与年内期号之差变化" },
  "numbering.year-mismatch": { severity: "error", title: "年份与统计周期不符" },
  "period.order": { severity: "error", title: "日期先后顺序错误" },
  "period.not-workday": { severity: "error", title: "统计周期含非工作日" },
  "period.overlap": { severity: "error", title: "统计周期与上一期重叠" },
  "period.calendar-uncovered": { severity: "warning", title: "节假日日历未覆盖该年" },
  "period.published-on-missing": { severity: "error", title: "发布时未填写印发日期" },
  "stats.ytd-decreased": { severity: "error", title: "累计数低于上一期" },
  "stats.as-of-mismatch": { severity: "warning", title: "统计截止日期不是周期末日" },
  "stats.from-not-jan1": { severity: "error", title: "统计起始日期不是1月1日" },
  "stats.carry-over": { severity: "info", title: "办结数多于受理数（含结转）" },
  "stats.completed-far-above-accepted": { severity: "warning", title: "办结数远多于受理数" },
  "window.ytd-below-week": { severity: "error", title: "综窗累计数低于本周数" },
  "window.ytd-not-cumulative": { severity: "warning", title: "综窗累计数与上期累计加本周不符" },
  "manual.percent-mismatch": { severity: "error", title: "受理手册占比与完成数不符" },
  "manual.total-inconsistent": { severity: "error", title: "受理手册占比推算的办理项总数与此前各期不符" },
  "policy.total-mismatch": { severity: "error", title: "政策清单事项总数不符" },
  "assessment.score-mismatch": { severity: "error", title: "考核实得分计算错误" },
  "assessment.rank-mismatch": { severity: "error", title: "考核排名错误" },
  "assessment.duplicate-department": { severity: "error", title: "考核表部门重复" },
  "assessment.sign": { severity: "error", title: "减分或加分符号错误" },
  "department.unknown": { severity: "warning", title: "部门不在名录中" },
  "distribution.copies-missing": { severity: "warning", title: "未填写印数" },
  "content.figures-missing": { severity: "error", title: "统计栏目未填写数据" },
  "content.empty-section": { severity: "error", title: "栏目没有内容" },
  "content.blank": { severity: "error", title: "印发文字中留有空白（＿＿）" },
  "content.unreviewed": { severity: "error", title: "原文未能识别，尚未核对" },
  "inspection.not-adopted": { severity: "info", title: "巡查记录尚未编入本期" },
  "visit.outside-period": { severity: "warning", title: "进大厅日期不在统计周期内" },
} as const satisfies Record<string, { severity: Severity; title: string }>;

export type CheckCode = keyof typeof CHECK_CODES;
export const CHECK_CODE_LIST = Object.keys(CHECK_CODES) as [CheckCode, ...CheckCode[]];

/** The severity of a code: severityOf("stats.carry-over") === "info" */
export function severityOf(code: CheckCode): Severity {
  return CHECK_CODES[code].severity;
}
