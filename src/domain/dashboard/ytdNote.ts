import { CATEGORIES, type DashboardSeries } from "./series.js";

export type YtdTotals = { accepted: number; completed: number };

/** The year-to-date cases the latest issue of the series printed (all three categories), or null when none printed them. */
export function latestPrintedYtd(s: DashboardSeries): (YtdTotals & { label: string }) | null {
  for (let i = s.labels.length - 1; i >= 0; i--) {
    const parts = CATEGORIES.flatMap(([c]) => [s.ytd[c].accepted[i], s.ytd[c].completed[i]]);
    if (parts.some((v) => v === null)) continue;
    const sum = (p: "accepted" | "completed") => CATEGORIES.reduce((n, [c]) => n + (s.ytd[c][p][i] ?? 0), 0);
    return { label: s.labels[i], accepted: sum("accepted"), completed: sum("completed") };
  }
  return null;
}

/**
 * The dashboard's note when the imported ledger's year-to-date cases differ from those the
 * latest issue printed; null when they agree or there is nothing to compare.
 *
 * @example
 * ytdDisagreement({ accepted: 1200, completed: 1100 }, "3月8日", { label: "第10期", accepted: 1180, completed: 1100 });
 * // "台账今年以来受理 1,200 件，第10期周报印出 1,180 件（相差 20 件）……"
 */
export function ytdDisagreement(ledger: YtdTotals, ledgerAsOf: string, printed: (YtdTotals & { label: string }) | null): string | null {
  if (!printed) return null;
  const fmt = (n: number) => n.toLocaleString("zh-CN");
  const parts = (["accepted", "completed"] as const)
    .filter((k) => ledger[k] !== printed[k])
    .map((k) => `${k === "accepted" ? "受理" : "办结"} ${fmt(ledger[k])} 件，${printed.label}周报印出 ${fmt(printed[k])} 件（相差 ${fmt(ledger[k] - printed[k])} 件）`);
  if (!parts.length) return null;
  return `台账今年以来${parts.join("；")}。台账数据截至${ledgerAsOf}，周报数字截至其统计截止日期：日期相同而数字不同时，请核对导入的台账或周报的统计数据。`;
}
