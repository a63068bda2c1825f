import { describe, expect, it } from "vitest";
import { isZhoubaoError } from "../errors.js";
import { assertInPeriod, dateInPeriod, inPeriod } from "./withinPeriod.js";

const week = { start: "2026-11-16", end: "2026-11-20" };

describe("dates within an issue's period", () => {
  it("proposes today while the period runs, else its nearest end", () => {
    expect(dateInPeriod(week, "2026-11-18")).toBe("2026-11-18");
    expect(dateInPeriod(week, "2026-11-23")).toBe("2026-11-20");
    expect(dateInPeriod(week, "2026-11-02")).toBe("2026-11-16");
  });

  it("takes both ends and refuses the days around them with date.outside-period and the period in Chinese", () => {
    expect([inPeriod("2026-11-16", week), inPeriod("2026-11-20", week), inPeriod("2026-11-21", week)]).toEqual([true, true, false]);
    expect(() => assertInPeriod("2026-11-18", week, "巡查日期", "2026年第46期")).not.toThrow();
    let caught: unknown;
    try {
      assertInPeriod("2026-11-21", week, "巡查日期", "2026年第46期");
    } catch (e) {
      caught = e;
    }
    expect(isZhoubaoError(caught) && caught.code).toBe("date.outside-period");
    expect((caught as Error).message).toBe("巡查日期2026年11月21日不在2026年第46期的统计周期（11月16日—11月20日）内，请选择周期内的日期。");
  });
});
