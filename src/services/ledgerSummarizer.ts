import type { LedgerSummary } from "../domain/ledger/ledgerSummary.js";
import type { Store } from "../store/index.js";
import { isoDay } from "../store/repositories/ledger.js";
import { CASE_CATEGORIES } from "../store/repositories/ledgerTypes.js";
import { pairOf, unfinishedImportWarnings, windowOf } from "./statsFiller.js";

const TOP_DEPARTMENTS = 12;

/**
 * A year of the ledgers for the dashboard, from the rollups (never the raw rows): the
 * figures to date, one entry per month and the departments with most accepted cases.
 *
 * @example
 * const s = await ledgerYearSummary(store, center.id, 2023);
 * s.months[11].licensing; // { accepted: 51234, completed: 50987 }
 */
export async function ledgerYearSummary(store: Store, centerId: number, year: number): Promise<LedgerSummary> {
  const [from, to] = [`${year}-01-01`, `${year}-12-31`];
  const [cases, desk] = await Promise.all([store.ledger.coverage(centerId, "cases", from, to), store.ledger.coverage(centerId, "desk", from, to)]);
  const lastDay = [cases?.last, desk?.last].filter((d): d is string => !!d).sort().at(-1) ?? null;
  const [sums, monthly, byDepartment, departments, warnings] = await Promise.all([
    store.ledger.sums(centerId, from, to),
    store.ledger.monthly(centerId, from, to),
    store.ledger.sums(centerId, from, to, { byDepartment: true }),
    store.departments.list(centerId, { includeInactive: true }),
    unfinishedImportWarnings(store, centerId),
  ]);
  const last = lastDay ? Number(lastDay.slice(5, 7)) : 0;
  const months = Array.from({ length: last }, (_, i) => {
    const m = year * 100 + i + 1;
    const rows = monthly.filter((r) => r.month === m);
    return { month: isoDay(m * 100 + 1).slice(0, 7), licensing: pairOf(rows, "licensing"), publicService: pairOf(rows, "publicService"), otherPower: pairOf(rows, "otherPower"), window: windowOf(rows) };
  });
  const names = new Map(departments.map((d) => [d.id, d.name]));
  const perDepartment = new Map<number, { accepted: number; completed: number }>();
  for (const r of byDepartment) {
    if (!(CASE_CATEGORIES as readonly string[]).includes(r.category) || r.departmentId === undefined) continue;
    const t = perDepartment.get(r.departmentId) ?? { accepted: 0, completed: 0 };
    if (r.measure === "accepted") t.accepted += r.n;
    if (r.measure === "completed") t.completed += r.n;
    perDepartment.set(r.departmentId, t);
  }
  const top = [...perDepartment]
    .sort((a, b) => b[1].accepted - a[1].accepted || a[0] - b[0])
    .slice(0, TOP_DEPARTMENTS)
    .map(([id, t]) => ({ department: names.get(id) ?? `部门 ${id}`, ...t }));
  return {
    year,
    lastDay,
    ytd: { licensing: pairOf(sums, "licensing"), publicService: pairOf(sums, "publicService"), otherPower: pairOf(sums, "otherPower"), window: windowOf(sums) },
    months,
    departments: top,
    warnings,
  };
}
