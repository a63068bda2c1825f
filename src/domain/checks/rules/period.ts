import { addDays, weekday } from "../../calendar/dates.js";
import { chineseDate, chineseMonthDay, chinesePeriod } from "../../present/dates.js";
import { found, issueName, placeInHeader, type IssueView, type RuleContext } from "../context.js";
import type { Finding } from "../finding.js";

const WEEKDAYS = ["", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"];
/** A period longer than this is not a week; period.order/validatePeriod deal with it. */
const MAX_DAYS = 62;

/**
 * period.order (error): the period ends before it starts, or the issue is dated
 * (publishedOn) before the end of the week it reports on.
 *
 * @example period 2022-09-16..09-13 → "统计周期的结束日期 2022年9月13日 早于开始日期 2022年9月16日。"
 */
export function periodOrder({ doc }: IssueView): Finding[] {
  const out: Finding[] = [];
  const { start, end } = doc.period;
  if (end < start)
    out.push(
      found("period.order", `统计周期的结束日期 ${chineseDate(end)} 早于开始日期 ${chineseDate(start)}。`, placeInHeader("period.end")),
    );
  if (doc.publishedOn && doc.publishedOn < end)
    out.push(
      found(
        "period.order",
        `印发日期 ${chineseDate(doc.publishedOn)} 早于统计周期的结束日期 ${chineseDate(end)}。`,
        placeInHeader("publishedOn"),
      ),
    );
  return out;
}

/**
 * period.not-workday (error): a day of the period is a weekend day or holiday per the
 * holiday calendar and its overrides (a make-up working Saturday counts as a working day).
 *
 * @example 2022-09-12..09-16 → "…9月12日（中秋）不是工作日…"
 */
export function periodNotWorkday({ doc }: IssueView, ctx: RuleContext): Finding[] {
  const { start, end } = doc.period;
  if (end < start) return [];
  const off: string[] = [];
  for (let d = start, i = 0; d <= end && i < MAX_DAYS; d = addDays(d, 1), i++)
    if (!ctx.calendar.isWorkday(d)) off.push(`${chineseMonthDay(d)}（${ctx.calendar.describe(d) ?? WEEKDAYS[weekday(d)]}）`);
  if (!off.length) return [];
  return [
    found(
      "period.not-workday",
      `统计周期（${chinesePeriod(doc.period)}）中的 ${off.join("、")} 不是工作日；统计周期应只含一周的工作日。`,
      placeInHeader("period"),
    ),
  ];
}

/**
 * period.overlap (error): the period shares a day with the previous issue's period.
 *
 * @example 2022-09-13..16 after a period ending 2022-09-13 → "…与上一期（2022年第30期）的统计周期…重叠。"
 */
export function periodOverlap({ doc }: IssueView, ctx: RuleContext): Finding[] {
  const prev = ctx.previous?.doc;
  if (!prev || doc.period.end < doc.period.start) return [];
  if (doc.period.start > prev.period.end || doc.period.end < prev.period.start) return [];
  return [
    found(
      "period.overlap",
      `统计周期（${chinesePeriod(doc.period)}）与上一期（${issueName(prev)}）的统计周期（${chinesePeriod(prev.period)}）重叠。`,
      placeInHeader("period.start"),
    ),
  ];
}

/**
 * period.calendar-uncovered (warning): a day of the period lies in a year that neither
 * the official holiday calendar nor an admin's override covers, so the working days
 * were assumed to be Monday–Friday.
 *
 * @example period in 2030 → "节假日日历未包含 2030 年的放假安排…"
 */
export function periodCalendarUncovered({ doc }: IssueView, ctx: RuleContext): Finding[] {
  return ctx.calendar.uncoveredYears([doc.period.start, doc.period.end]).map((y) =>
    found(
      "period.calendar-uncovered",
      `节假日日历未包含 ${y} 年的放假安排，统计周期（${chinesePeriod(doc.period)}）是否均为工作日只能按周一至周五推算；请在“系统设置—节假日调整”中补充 ${y} 年的安排后重新检查。`,
      placeInHeader("period"),
    ),
  );
}

/**
 * period.published-on-missing (error): an issue being (or already) published has no 印发日期,
 * so its masthead would print no date. Drafts may leave it empty until then.
 *
 * @example publishing with publishedOn null → "发布的周报须有印发日期…"
 */
export function periodPublishedOnMissing({ doc }: IssueView, ctx: RuleContext): Finding[] {
  if (!ctx.publishing || doc.publishedOn) return [];
  return [found("period.published-on-missing", "发布的周报须有印发日期（报头中期号下的日期），请填写后再发布。", placeInHeader("publishedOn"))];
}
