import { ZhoubaoError } from "../errors.js";
import { addDays, eachDay, weekday } from "../calendar/dates.js";
import type { HolidayCalendar } from "../calendar/holidayCalendar.js";
import type { Period } from "../model/common.js";

/**
 * The period that follows `previousEnd`: the working days of the next week.
 *
 * It starts on the first working day after `previousEnd` and runs over consecutive
 * working days, up to the Sunday of the week of its first Monday–Friday working day.
 * So make-up working weekend days (调休, e.g. 2022-10-08/09 after National Day) are
 * not a period of their own: they open the period of the week that follows them
 * (2022-10-08..10-14), and a week whose weekdays are all holidays yields no period.
 *
 * @example
 * nextPeriod("2022-09-30", new HolidayCalendar()); // { start: "2022-10-08", end: "2022-10-14" }
 */
export function nextPeriod(previousEnd: string, calendar: HolidayCalendar): Period {
  let start = addDays(previousEnd, 1);
  for (let guard = 0; !calendar.isWorkday(start); guard++) {
    if (guard > 60) throw new ZhoubaoError("period.no-workday", `${previousEnd} 之后 60 天内没有工作日，请检查节假日调整表。`);
    start = addDays(start, 1);
  }
  // The week is the one of the first Monday–Friday working day of the run.
  let anchor = start;
  while (weekday(anchor) > 5 && calendar.isWorkday(addDays(anchor, 1))) anchor = addDays(anchor, 1);
  const weekEnd = addDays(anchor, 7 - weekday(anchor));
  let end = start;
  while (end < weekEnd && calendar.isWorkday(addDays(end, 1))) end = addDays(end, 1);
  return { start, end };
}

/** The period of the week containing `date` (used for the first issue of a center). */
export function periodOfWeek(date: string, calendar: HolidayCalendar): Period {
  const monday = addDays(date, 1 - weekday(date));
  return nextPeriod(addDays(monday, -1), calendar);
}

/**
 * Refuses an impossible period: end before start, or no working day in it.
 * Returns the days in it that are not working days (callers may warn about them).
 */
export function validatePeriod(p: Period, calendar: HolidayCalendar): { nonWorkdays: string[] } {
  if (p.end < p.start)
    throw new ZhoubaoError("period.invalid", `统计周期的结束日期 ${p.end} 早于开始日期 ${p.start}。`, p);
  if (eachDay(p.start, p.end).length > 31)
    throw new ZhoubaoError("period.invalid", `统计周期 ${p.start} 至 ${p.end} 超过一个月，不是一周的工作日。`, p);
  const days = eachDay(p.start, p.end);
  const nonWorkdays = days.filter((d) => !calendar.isWorkday(d));
  if (nonWorkdays.length === days.length)
    throw new ZhoubaoError("period.no-workday", `统计周期 ${p.start} 至 ${p.end} 内没有工作日。`, p);
  return { nonWorkdays };
}
