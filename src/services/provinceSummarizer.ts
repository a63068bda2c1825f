import { addDays, weekday } from "../domain/calendar/dates.js";
import { CENTER_TIMEZONE } from "../domain/distribution/rhythm.js";
import { isoDate } from "../domain/model/common.js";
import { addFigures, zeroFigures, type ProvinceDashboard, type ProvinceRollup, type RollupFigures } from "../domain/ledger/provinceRollup.js";
import { parseInput } from "../domain/validate.js";
import type { Center, Store } from "../store/index.js";
import type { RollupSum } from "../store/repositories/ledger.js";
import { requireRole, type Actor } from "./actor.js";
import { pairOf } from "./statsFiller.js";

const figuresOf = (sums: RollupSum[]): RollupFigures => ({ licensing: pairOf(sums, "licensing"), publicService: pairOf(sums, "publicService"), otherPower: pairOf(sums, "otherPower") });

/**
 * The province roll-up as of a date: every center of the subtree under `rootCenterId`
 * (the root first) with its year-to-date platform figures, and their total. The figures
 * follow platformStatsAsOf's definitions (day totals from 1 January to the date) and come
 * from one grouped query over ledger_daily, so each center's equals its own YTD exactly.
 *
 * @example
 * const r = await provinceRollupAsOf(store, province.id, "2026-11-27");
 * r.total.licensing.accepted === r.centers.reduce((n, c) => n + c.licensing.accepted, 0); // true
 */
export async function provinceRollupAsOf(store: Store, rootCenterId: number, asOf: string): Promise<ProvinceRollup> {
  return (await rollupWithCenters(store, rootCenterId, asOf)).rollup;
}

async function rollupWithCenters(store: Store, rootCenterId: number, asOf: string): Promise<{ rollup: ProvinceRollup; centers: Center[] }> {
  const day = parseInput(isoDate, asOf, "统计截止日期");
  const centers = await store.centers.subtree(rootCenterId);
  const sums = await store.ledger.sumsByCenter(
    centers.map((c) => c.id),
    `${day.slice(0, 4)}-01-01`,
    day,
  );
  const byCenter = new Map<number, RollupSum[]>();
  for (const s of sums) byCenter.set(s.centerId, [...(byCenter.get(s.centerId) ?? []), s]);
  const rows = centers.map((c) => ({ code: c.code, name: c.name, ...figuresOf(byCenter.get(c.id) ?? []) }));
  return { rollup: { asOf: day, centers: rows, total: rows.reduce<RollupFigures>((t, r) => addFigures(t, r), zeroFigures()) }, centers };
}

/** Today in the centers' time zone (China Standard Time), as YYYY-MM-DD. */
export const centerToday = (now = new Date()): string => new Intl.DateTimeFormat("en-CA", { timeZone: CENTER_TIMEZONE }).format(now);

/**
 * The 全省汇总 page: the roll-up under the actor's center, and per center its issue of
 * the week (Monday to Sunday) holding `asOf` — the issue whose period ends in that week —
 * and whether it is published. Only a province administrator (or the command line) reads it.
 */
export async function provinceDashboard(store: Store, actor: Actor, asOf: string = centerToday()): Promise<ProvinceDashboard> {
  requireRole(actor, ["province"], "查看全省汇总");
  const { rollup, centers } = await rollupWithCenters(store, actor.centerId, asOf);
  const start = addDays(rollup.asOf, 1 - weekday(rollup.asOf));
  const week = { start, end: addDays(start, 6) };
  const issues = await store.issueIndex.endingIn(
    centers.map((c) => c.id),
    week.start,
    week.end,
  );
  const issueOf = new Map(issues.map((i) => [i.centerId, { ref: `${i.year}-${i.seq}`, published: i.status === "published" }]));
  return {
    ...rollup,
    week,
    centers: rollup.centers.map((r, i) => ({ ...r, weekIssue: issueOf.get(centers[i].id) ?? null })),
  };
}
