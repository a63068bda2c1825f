import { describe, expect, it } from "vitest";
import { HolidayCalendar } from "../calendar/holidayCalendar.js";
import { eachDay } from "../calendar/dates.js";
import { nextPeriod, periodOfWeek, validatePeriod } from "./period.js";

const cal = new HolidayCalendar();

describe("nextPeriod", () => {
  it("2022-31 covers 2022-09-13..16 because 09-12 was 中秋节", () => {
    expect(cal.isWorkday("2022-09-12")).toBe(false);
    expect(nextPeriod("2022-09-09", cal)).toEqual({ start: "2022-09-13", end: "2022-09-16" });
  });

  it("an ordinary week is Monday to Friday", () => {
    expect(nextPeriod("2023-12-08", cal)).toEqual({ start: "2023-12-11", end: "2023-12-15" });
  });

  it("after 2022-09-26..30 skips National Day (10-01..07) entirely", () => {
    const p = nextPeriod("2022-09-30", cal);
    for (const d of eachDay("2022-10-01", "2022-10-07")) expect(d < p.start || d > p.end).toBe(true);
    expect(eachDay(p.start, p.end).every((d) => cal.isWorkday(d))).toBe(true);
  });

  it("make-up working weekend days (调休) open the following week's period", () => {
    expect(cal.isWorkday("2022-10-08")).toBe(true);
    expect(cal.isWorkday("2022-10-09")).toBe(true);
    expect(nextPeriod("2022-09-30", cal)).toEqual({ start: "2022-10-08", end: "2022-10-14" });
    // Spring Festival 2024: Sunday 02-04 and 02-18 were make-up working days.
    expect(nextPeriod("2024-02-02", cal)).toEqual({ start: "2024-02-04", end: "2024-02-09" });
    expect(nextPeriod("2024-02-09", cal)).toEqual({ start: "2024-02-18", end: "2024-02-23" });
  });

  it("a make-up Saturday after a short week closes that week", () => {
    // Labour Day 2023: 04-29..05-03 off, Saturday 05-06 worked.
    expect(nextPeriod("2023-04-28", cal)).toEqual({ start: "2023-05-04", end: "2023-05-06" });
  });

  it("the first issue of 2023 follows 2022-12-26..30 across New Year", () => {
    expect(nextPeriod("2022-12-30", cal)).toEqual({ start: "2023-01-03", end: "2023-01-06" });
  });

  it("overrides win over the official calendar", () => {
    const c = new HolidayCalendar([{ date: "2023-12-11", workday: false, note: "停电" }]);
    expect(nextPeriod("2023-12-08", c)).toEqual({ start: "2023-12-12", end: "2023-12-15" });
  });

  it("periodOfWeek gives the working days of a date's week", () => {
    expect(periodOfWeek("2022-09-14", cal)).toEqual({ start: "2022-09-13", end: "2022-09-16" });
  });
});

describe("validatePeriod", () => {
  it("refuses an end before the start", () => {
    expect(() => validatePeriod({ start: "2023-12-15", end: "2023-12-11" }, cal)).toThrowError(
      expect.objectContaining({ code: "period.invalid" }),
    );
  });

  it("refuses a period without a working day", () => {
    expect(() => validatePeriod({ start: "2022-10-03", end: "2022-10-07" }, cal)).toThrowError(
      expect.objectContaining({ code: "period.no-workday", message: expect.stringContaining("没有工作日") }),
    );
  });

  it("reports the non-working days of an otherwise valid period", () => {
    expect(validatePeriod({ start: "2023-12-11", end: "2023-12-17" }, cal).nonWorkdays).toEqual(["2023-12-16", "2023-12-17"]);
  });
});
