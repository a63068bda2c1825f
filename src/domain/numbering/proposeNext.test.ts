import { describe, expect, it } from "vitest";
import { HolidayCalendar } from "../calendar/holidayCalendar.js";
import { proposeNext } from "./proposeNext.js";
import { assertContinuity } from "./continuity.js";

const cal = new HolidayCalendar();

describe("proposeNext", () => {
  it("after 2022年第45期（总第420期） comes 2023年第1期（总第421期）", () => {
    const p = proposeNext({ year: 2022, seq: 45, total: 420, period: { start: "2022-12-26", end: "2022-12-30" } }, cal);
    expect(p).toMatchObject({ year: 2023, seq: 1, total: 421, period: { start: "2023-01-03", end: "2023-01-06" }, warnings: [] });
  });

  it("within a year: seq + 1 and total + 1 (offset 420 in 2023)", () => {
    const p = proposeNext({ year: 2023, seq: 48, total: 468, period: { start: "2023-12-04", end: "2023-12-08" } }, cal);
    expect(p).toMatchObject({ year: 2023, seq: 49, total: 469, period: { start: "2023-12-11", end: "2023-12-15" } });
  });

  it("2022-30 → 2022-31 over the Mid-Autumn holiday", () => {
    const p = proposeNext({ year: 2022, seq: 30, total: 405, period: { start: "2022-09-05", end: "2022-09-09" } }, cal);
    expect(p).toMatchObject({ seq: 31, total: 406, period: { start: "2022-09-13", end: "2022-09-16" } });
  });

  it("warns instead of guessing silently for a year the calendar does not cover", () => {
    const p = proposeNext({ year: 2026, seq: 50, total: 600, period: { start: "2026-12-21", end: "2026-12-25" } }, cal);
    expect(p.warnings.join()).toContain("2027");
    const covered = new HolidayCalendar([{ date: "2027-01-01", workday: false, note: "元旦" }]);
    expect(proposeNext({ year: 2026, seq: 50, total: 600, period: { start: "2026-12-21", end: "2026-12-25" } }, covered).warnings).toEqual([]);
  });

  it("the first issue of a center covers the week of today", () => {
    expect(proposeNext(null, cal, "2023-12-13")).toMatchObject({ year: 2023, seq: 1, total: 1, period: { start: "2023-12-11", end: "2023-12-15" } });
  });
});

describe("assertContinuity", () => {
  const existing = [
    { year: 2022, seq: 44, total: 419 },
    { year: 2022, seq: 45, total: 420 },
    { year: 2023, seq: 1, total: 421 },
  ];
  it("accepts the next number and a gap with the same offset", () => {
    expect(() => assertContinuity({ year: 2023, seq: 2, total: 422 }, existing)).not.toThrow();
    expect(() => assertContinuity({ year: 2023, seq: 5, total: 425 }, existing)).not.toThrow();
  });
  it("refuses a duplicate seq or total", () => {
    expect(() => assertContinuity({ year: 2023, seq: 1, total: 430 }, existing)).toThrowError(expect.objectContaining({ code: "issue.duplicate" }));
    expect(() => assertContinuity({ year: 2023, seq: 9, total: 421 }, existing)).toThrowError(expect.objectContaining({ code: "issue.duplicate" }));
  });
  it("refuses a total − seq that differs within the year", () => {
    expect(() => assertContinuity({ year: 2023, seq: 2, total: 432 }, existing)).toThrowError(
      expect.objectContaining({ code: "issue.numbering-broken", message: expect.stringContaining("420") }),
    );
  });
  it("refuses a new year whose total does not follow the last year's", () => {
    expect(() => assertContinuity({ year: 2024, seq: 1, total: 400 }, existing)).toThrowError(expect.objectContaining({ code: "issue.numbering-broken" }));
  });
});
