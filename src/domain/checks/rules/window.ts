import { addDays } from "../../calendar/dates.js";
import type { HolidayCalendar } from "../../calendar/holidayCalendar.js";
import type { Period } from "../../model/common.js";
import { earlierName, found, latestWith, placeIn, sectionsOf, type IssueView, type RuleContext } from "../context.js";
import type { Finding } from "../finding.js";
import { WINDOW_KEYS, WINDOW_LABELS } from "./stats.js";

/**
 * window.ytd-below-week (error): a 今年以来 count of the comprehensive window is below
 * this week's count of the same measure.
 *
 * @example ytd accepted 500, week 522 → "综窗今年以来累计受理 500 件少于本周受理 522 件。"
 */
export function windowYtdBelowWeek(view: IssueView): Finding[] {
  const out: Finding[] = [];
  for (const s of sectionsOf(view, "window-counts")) {
    const { week, ytd } = s.content;
    if (!week || !ytd) continue;
    for (const k of WINDOW_KEYS) {
      if (ytd[k] >= week[k]) continue;
      const { name, unit } = WINDOW_LABELS[k];
      out.push(
        found(
          "window.ytd-below-week",
          `综窗今年以来累计${name} ${ytd[k]} ${unit}少于本周${name} ${week[k]} ${unit}。`,
          placeIn(s, `ytd.${k}`),
        ),
      );
    }
  }
  return out;
}

/**
 * True when no working day lies between two periods, i.e. `later` covers the week right after `earlier`.
 *
 * @example followsDirectly({ start: "2023-12-04", end: "2023-12-08" }, { start: "2023-12-11", end: "2023-12-15" }, cal); // true
 */
export function followsDirectly(earlier: Period, later: Period, calendar: HolidayCalendar): boolean {
  if (earlier.end >= later.start) return false;
  // A gap of more than a month always contains a working day; stop walking there.
  for (let d = addDays(earlier.end, 1), i = 0; d < later.start; d = addDays(d, 1), i++)
    if (i > 40 || calendar.isWorkday(d)) return false;
  return true;
}

/**
 * window.ytd-not-cumulative (warning): when the latest earlier issue of the year with
 * 今年以来 counts covers the week just before, its counts plus this week's should equal
 * this 今年以来.
 *
 * @example 2023-49 after 2023-48 (ytd 73237) with week 1479 → ytd consulted should be 74716
 */
export function windowYtdNotCumulative(view: IssueView, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const s of sectionsOf(view, "window-counts")) {
    const { week, ytd } = s.content;
    if (!week || !ytd) continue;
    const base = latestWith(ctx, (v) => sectionsOf(v, "window-counts").find((x) => x.content.scope === s.content.scope)?.content.ytd);
    if (!base || !followsDirectly(base.view.doc.period, view.doc.period, ctx.calendar)) continue;
    for (const k of WINDOW_KEYS) {
      const expected = base.value[k] + week[k];
      if (ytd[k] === expected) continue;
      const { name, unit } = WINDOW_LABELS[k];
      out.push(
        found(
          "window.ytd-not-cumulative",
          `综窗今年以来累计${name} ${ytd[k]} ${unit}，不等于${earlierName(ctx, base.view.doc)}的累计 ${base.value[k]} ${unit}加本周 ${week[k]} ${unit}之和 ${expected} ${unit}。`,
          placeIn(s, `ytd.${k}`),
        ),
      );
    }
  }
  return out;
}
