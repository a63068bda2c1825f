import { describe, expect, it } from "vitest";
import { contextOf, findingsOf, issue2023_49 } from "../fixtures.js";

describe("inspection.not-adopted", () => {
  it("says nothing when every record of the issue is adopted", () => {
    expect(findingsOf("inspection.not-adopted", issue2023_49(), { ...contextOf(null), pendingInspections: [] })).toEqual([]);
  });

  it("names each record not adopted, with its inspector and date (this issue has no 大厅巡查 section: placed on the issue)", () => {
    const doc = issue2023_49();
    const ctx = { ...contextOf(null), pendingInspections: [{ inspectedOn: "2023-12-13", inspector: "赵巡查" }] };
    const f = findingsOf("inspection.not-adopted", doc, ctx);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "info", section: null, sectionId: null });
    expect(f[0].message).toContain("赵巡查 2023年12月13日的巡查记录尚未编入本期");
  });
});
