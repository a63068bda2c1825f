import { describe, expect, it } from "vitest";
import { contextOf, findingsOf, issue2022_31, issue2023_01, issue2023_02, issue2023_48, issue2023_49 } from "../fixtures.js";

describe("numbering.gap", () => {
  it("passes 2023-49 after 2023-48 and the first issue of 2023 after the last of 2022", () => {
    expect(findingsOf("numbering.gap", issue2023_49(), contextOf(issue2023_48()))).toEqual([]);
    const last2022 = { ...issue2022_31(), seq: 45, total: 420 };
    expect(findingsOf("numbering.gap", issue2023_01(), contextOf(last2022, []))).toEqual([]);
  });

  it("warns when a seq is skipped, naming both issues and the expected number", () => {
    const f = findingsOf("numbering.gap", issue2023_49(), contextOf({ ...issue2023_48(), seq: 47, total: 467 }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", field: "seq", section: null });
    expect(f[0].message).toContain("2023年第49期（总第469期）");
    expect(f[0].message).toContain("2023年第47期（总第467期）");
    expect(f[0].message).toContain("第48期");
  });

  it("warns when a new year does not start at 第1期 or does not continue the running total", () => {
    const last2022 = { ...issue2022_31(), seq: 45, total: 420 };
    const f = findingsOf("numbering.gap", issue2023_02(), contextOf(last2022, []));
    expect(f.map((x) => x.field)).toEqual(["seq"]);
    expect(f[0].message).toContain("第1期（总第421期）");
    const shifted = { ...issue2023_01(), total: 422 };
    expect(findingsOf("numbering.gap", shifted, contextOf(last2022, []))[0].field).toBe("total");
  });
});

describe("numbering.offset-changed", () => {
  it("passes the 2023 offset 420 (469 − 49 like 422 − 2)", () => {
    expect(findingsOf("numbering.offset-changed", issue2023_49(), contextOf(issue2023_48(), [issue2023_02()]))).toEqual([]);
  });

  it("fails a shifted total, and only that code (no gap on top)", () => {
    const doc = { ...issue2023_49(), total: 470 };
    const all = findingsOf("numbering.offset-changed", doc, contextOf(issue2023_48(), [issue2023_02(), issue2023_48()]));
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ severity: "error", field: "total" });
    expect(all[0].message).toContain("421");
    expect(all[0].message).toContain("420");
    expect(all[0].message).toContain("总第469期");
    expect(findingsOf("numbering.gap", doc, contextOf(issue2023_48(), [issue2023_02(), issue2023_48()]))).toEqual([]);
  });

  it("takes the offset most issues of the year show, so one bad issue does not condemn its neighbours", () => {
    const bad = { ...issue2023_48(), total: 470 }; // offset 422 where 2023 has 420
    const sameYear = [issue2023_01(), issue2023_02(), bad];
    expect(findingsOf("numbering.offset-changed", issue2023_49(), contextOf(bad, sameYear))).toEqual([]);
    expect(findingsOf("numbering.offset-changed", bad, contextOf(issue2023_02(), sameYear))).toHaveLength(1);
  });
});

describe("numbering.year-mismatch", () => {
  it("passes an issue of the period's year even when published the next January", () => {
    const doc = { ...issue2022_31(), publishedOn: "2023-01-05" };
    expect(findingsOf("numbering.year-mismatch", doc, contextOf(null))).toEqual([]);
  });

  it("fails an issue labelled with its publication year instead of its period's", () => {
    const doc = { ...issue2022_31(), year: 2023 };
    const f = findingsOf("numbering.year-mismatch", doc, contextOf(null));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", field: "year" });
    expect(f[0].message).toContain("2022");
  });
});

describe("numbering.offset-changed over the whole year", () => {
  it("holds an issue to the offset of the year's issues, not only to the previous one's", () => {
    const wrongBefore = { ...issue2023_48(), total: 469 }; // the previous issue itself shifted
    const ctx = contextOf(wrongBefore, [issue2023_01(), issue2023_02(), wrongBefore]);
    expect(findingsOf("numbering.offset-changed", issue2023_49(), ctx)).toEqual([]);
    const shifted = { ...issue2023_49(), total: 470 }; // the same shift as the previous issue: still wrong
    expect(findingsOf("numbering.offset-changed", shifted, ctx).map((f) => f.message)).toEqual([
      "总期号与年内期号之差为 421（总第470期 − 第49期），同年其他各期为 420（如2023年第1期（总第421期）），本期应为总第469期。",
    ]);
  });
});
