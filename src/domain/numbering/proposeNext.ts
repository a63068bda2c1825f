import type { HolidayCalendar } from "../calendar/holidayCalendar.js";
import type { Period } from "../model/common.js";
import { nextPeriod, periodOfWeek } from "./period.js";

export type NumberedIssue = { year: number; seq: number; total: number; period: Period };

export type Proposal = NumberedIssue & { warnings: string[] };

/**
 * Proposes the number and period of the issue after `previous`: seq + 1 and total + 1
 * within the period's year; seq 1 (total + 1) when the next period falls in a new year.
 * Without a previous issue, the first issue covers the week of `today`.
 *
 * @example
 * proposeNext({ year: 2022, seq: 45, total: 420, period: { start: "2022-12-26", end: "2022-12-30" } }, cal)
 * // → { year: 2023, seq: 1, total: 421, period: { start: "2023-01-03", end: "2023-01-06" }, warnings: [] }
 */
export function proposeNext(
  previous: NumberedIssue | null,
  calendar: HolidayCalendar,
  today: string = new Date().toISOString().slice(0, 10),
): Proposal {
  const period = previous ? nextPeriod(previous.period.end, calendar) : periodOfWeek(today, calendar);
  const year = Number(period.start.slice(0, 4));
  const warnings = calendar
    .uncoveredYears([period.start, period.end])
    .map((y) => `节假日日历未包含 ${y} 年的数据，统计周期按周一至周五推算，请在“系统设置—节假日调整”中补充 ${y} 年的放假安排后核对。`);
  if (!previous) return { year, seq: 1, total: 1, period, warnings };
  const newYear = year > previous.year;
  return {
    year,
    seq: newYear ? 1 : previous.seq + 1,
    total: previous.total + 1,
    period,
    warnings,
  };
}
