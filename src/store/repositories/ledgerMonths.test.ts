import { describe, expect, it } from "vitest";
import { monthSpan } from "./ledgerMonths.js";

describe("monthSpan", () => {
  it("reads whole months from the month totals and the days at either end from the day totals", () => {
    expect(monthSpan(20230101, 20231215)).toEqual({ months: [202301, 202311], days: [[20231201, 20231215]] });
    expect(monthSpan(20230101, 20231231)).toEqual({ months: [202301, 202312], days: [] });
    expect(monthSpan(20231120, 20240210)).toEqual({ months: [202312, 202401], days: [[20231120, 20231130], [20240201, 20240210]] });
    expect(monthSpan(20240201, 20240229)).toEqual({ months: [202402, 202402], days: [] });
    expect(monthSpan(20230201, 20230228)).toEqual({ months: [202302, 202302], days: [] });
  });
  it("keeps a span inside one month, or an empty one, to days", () => {
    expect(monthSpan(20231104, 20231110)).toEqual({ months: null, days: [[20231104, 20231110]] });
    expect(monthSpan(20231102, 20231201)).toEqual({ months: null, days: [[20231102, 20231201]] });
    expect(monthSpan(20231210, 20231201)).toEqual({ months: null, days: [] });
  });
});
