import { describe, expect, it } from "vitest";
import { HolidayCalendar } from "../../calendar/holidayCalendar.js";
import { contextOf, findingsOf, issue2022_30, issue2022_31, issue2023_48, issue2023_49 } from "../fixtures.js";

describe("period.order", () => {
  it("passes 2022-31: period 9月13日—9月16日, published 10月21日", () => {
    expect(findingsOf("period.order", issue2022_31(), contextOf(issue2022_30()))).toEqual([]);
  });

  it("fails an end before the start and a publication before the period's end", () => {
    const doc = { ...issue2022_31(), period: { start: "2022-09-16", end: "2022-09-13" } };
    const f = findingsOf("period.order", doc, contextOf(null));
    expect(f.map((x) => x.field)).toEqual(["period.end"]);
    expect(f[0].message).toBe("统计周期的结束日期 2022年9月13日 早于开始日期 2022年9月16日。");
    const early = { ...issue2023_49(), publishedOn: "2023-12-14" };
    const g = findingsOf("period.order", early, contextOf(null));
    expect(g.map((x) => [x.severity, x.field])).toEqual([["error", "publishedOn"]]);
    expect(g[0].message).toContain("2023年12月14日");
  });
});

describe("period.not-workday", () => {
  it("passes 2022-09-13..16, which starts on Tuesday because 9月12日 was 中秋节", () => {
    expect(findingsOf("period.not-workday", issue2022_31(), contextOf(null))).toEqual([]);
  });

  it("fails 2022-09-12..16, naming the holiday", () => {
    const doc = { ...issue2022_31(), period: { start: "2022-09-12", end: "2022-09-16" } };
    const f = findingsOf("period.not-workday", doc, contextOf(null));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", field: "period" });
    expect(f[0].message).toContain("9月12日（中秋）");
  });

  it("fails a period moved onto a weekend, and follows the admin's overrides", () => {
    const doc = { ...issue2023_49(), period: { start: "2023-12-12", end: "2023-12-16" } };
    expect(findingsOf("period.not-workday", doc, contextOf(null))[0].message).toContain("12月16日（星期六）");
    const ctx = { ...contextOf(null), calendar: new HolidayCalendar([{ date: "2023-12-16", workday: true, note: "调休上班" }]) };
    expect(findingsOf("period.not-workday", doc, ctx)).toEqual([]);
  });
});

describe("period.overlap", () => {
  it("passes 2022-31 after 2022-30 (9月5日—9月9日)", () => {
    expect(findingsOf("period.overlap", issue2022_31(), contextOf(issue2022_30()))).toEqual([]);
  });

  it("fails when the previous issue's period reaches into this one", () => {
    const prev = { ...issue2022_30(), period: { start: "2022-09-05", end: "2022-09-13" } };
    const f = findingsOf("period.overlap", issue2022_31(), contextOf(prev));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain("2022年第30期");
    expect(f[0].message).toContain("9月5日—9月13日");
  });
});

describe("period.calendar-uncovered", () => {
  it("passes a year the official calendar covers", () => {
    expect(findingsOf("period.calendar-uncovered", issue2023_49(), contextOf(issue2023_48()))).toEqual([]);
  });

  it("warns for a period in a year the calendar does not cover, unless an override covers it", () => {
    const doc = { ...issue2023_49(), year: 2031, period: { start: "2031-12-08", end: "2031-12-12" }, publishedOn: "2031-12-20" };
    const f = findingsOf("period.calendar-uncovered", doc, contextOf(null));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", field: "period" });
    expect(f[0].message).toContain("2031 年");
    const ctx = { ...contextOf(null), calendar: new HolidayCalendar([{ date: "2031-01-01", workday: false }]) };
    expect(findingsOf("period.calendar-uncovered", doc, ctx)).toEqual([]);
  });
});
