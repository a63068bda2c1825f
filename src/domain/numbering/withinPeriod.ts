import { ZhoubaoError } from "../errors.js";
import type { Period } from "../model/common.js";
import { chineseDate, chinesePeriod } from "../present/dates.js";

/** True when the ISO date lies in the period, both ends included (ISO dates compare as strings). */
export const inPeriod = (date: string, p: Period): boolean => date >= p.start && date <= p.end;

/**
 * The date a form proposes for something that happened in the period: today while the
 * period runs, else its nearest end — an inspection recorded on Monday for last week
 * is dated within last week, not on the Monday that falls outside it.
 *
 * @example
 * dateInPeriod({ start: "2026-11-16", end: "2026-11-20" }, "2026-11-23"); // "2026-11-20"
 */
export function dateInPeriod(p: Period, today: string): string {
  if (today < p.start) return p.start;
  if (today > p.end) return p.end;
  return today;
}

/**
 * Refuses a date outside the issue's period (date.outside-period), naming both, e.g.
 * assertInPeriod("2026-11-30", issue.period, "巡查日期", "2026年第46期").
 */
export function assertInPeriod(date: string, p: Period, what: string, issueName: string): void {
  if (inPeriod(date, p)) return;
  throw new ZhoubaoError(
    "date.outside-period",
    `${what}${chineseDate(date)}不在${issueName}的统计周期（${chinesePeriod(p)}）内，请选择周期内的日期。`,
    { date, period: p },
  );
}
