import chineseDays from "chinese-days/dist/chinese-days.json" with { type: "json" };
import { weekday } from "./dates.js";

/** An admin's correction of the official calendar for one date. */
export type CalendarOverride = { date: string; workday: boolean; note?: string | null };

type DayData = { holidays: Record<string, string>; workdays: Record<string, string> };
const official = chineseDays as unknown as DayData;

/** Years the bundled official calendar (the chinese-days package) covers. */
export const OFFICIAL_YEARS: ReadonlySet<number> = new Set(
  [...Object.keys(official.holidays), ...Object.keys(official.workdays)].map((d) => Number(d.slice(0, 4))),
);

/**
 * Working days per the State Council's holiday calendar (chinese-days) and an
 * override table maintained by an admin. Overrides win. For a year the package does
 * not cover and no override touches, days fall back to Monday–Friday and the year is
 * reported by `uncoveredYears` so callers can warn instead of guessing silently.
 *
 * @example
 * const cal = new HolidayCalendar();
 * cal.isWorkday("2022-09-12"); // false: 中秋节
 * cal.isWorkday("2022-10-08"); // true: a make-up working Saturday (调休)
 */
export class HolidayCalendar {
  private readonly overrides = new Map<string, CalendarOverride>();

  constructor(overrides: CalendarOverride[] = []) {
    for (const o of overrides) this.overrides.set(o.date, o);
  }

  isWorkday(date: string): boolean {
    const o = this.overrides.get(date);
    if (o) return o.workday;
    if (official.workdays[date]) return true;
    if (official.holidays[date]) return false;
    return weekday(date) <= 5;
  }

  /** The name of the holiday or make-up day, when the calendar has one. */
  describe(date: string): string | null {
    const o = this.overrides.get(date);
    if (o) return o.note ?? (o.workday ? "调整为工作日" : "调整为休息日");
    const raw = official.workdays[date] ?? official.holidays[date];
    if (!raw) return null;
    const zh = raw.split(",")[1];
    return official.workdays[date] ? `${zh ?? raw}调休上班` : (zh ?? raw);
  }

  /** Whether the official data or an override says anything about this year. */
  covers(year: number): boolean {
    if (OFFICIAL_YEARS.has(year)) return true;
    for (const d of this.overrides.keys()) if (Number(d.slice(0, 4)) === year) return true;
    return false;
  }

  /** The years among `dates` that neither the official data nor an override covers. */
  uncoveredYears(dates: string[]): number[] {
    const years = [...new Set(dates.map((d) => Number(d.slice(0, 4))))];
    return years.filter((y) => !this.covers(y)).sort();
  }
}
