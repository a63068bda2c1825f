import { dashboardSeries, type DashboardSeries } from "../domain/dashboard/series.js";
import type { Store } from "../store/index.js";
import { toDocument } from "../store/index.js";
import { seesDrafts } from "./issueLocator.js";

/**
 * The 数据看板 of a year: the curves of its issues, computed here in one pass instead of
 * the browser fetching every issue. A reader sees published issues only, as everywhere.
 *
 * @example
 * const d = await yearDashboard(store, actor, 2023); // { year: 2023, issues: 50, series: { labels: ["第1期", …], … } }
 */
export async function yearDashboard(store: Store, actor: { centerId: number; role: string }, year: number): Promise<{ year: number; issues: number; series: DashboardSeries }> {
  const stored = await store.issueIndex.overlapping(actor.centerId, {
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    ...(seesDrafts(actor.role) ? {} : { status: "published" }),
  });
  // An issue whose week spans the new year belongs to the year of its number.
  const issues = stored.filter((i) => i.year === year).map((i) => ({ ...toDocument(i), total: i.total }));
  return { year, issues: issues.length, series: dashboardSeries(issues) };
}
