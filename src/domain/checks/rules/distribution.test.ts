import { describe, expect, it } from "vitest";
import { contextOf, findingsOf, issue2023_49 } from "../fixtures.js";

describe("distribution.copies-missing", () => {
  it("passes （共印91份）", () => {
    expect(findingsOf("distribution.copies-missing", issue2023_49(), contextOf(null))).toEqual([]);
  });

  it("warns when the print run is missing", () => {
    const f = findingsOf("distribution.copies-missing", { ...issue2023_49(), copies: null }, contextOf(null));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", field: "copies", section: null, sectionId: null });
    expect(f[0].message).toContain("印数");
  });
});
