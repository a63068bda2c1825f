import { describe, expect, it } from "vitest";
import { assessmentScore, competitionRanks, rankAssessment } from "./scoring.js";

describe("assessment scoring", () => {
  it("score = base + deduction + bonus without float noise", () => {
    expect(assessmentScore({ base: 100, deduction: 0, bonus: 9.5 })).toBe(109.5);
    expect(assessmentScore({ base: 100, deduction: -12, bonus: 0 })).toBe(88);
    expect(assessmentScore({ base: 100, deduction: -0.1, bonus: 0.3 })).toBe(100.2);
  });

  it("ranks with standard competition ranking (12, 12, 14)", () => {
    expect(competitionRanks([105, 104.5, 104, 104, 103.5])).toEqual([1, 2, 3, 3, 5]);
    const rows = rankAssessment([
      { department: "农业农村厅", base: 100, deduction: 0, bonus: 3.5 },
      { department: "水利厅", base: 100, deduction: 0, bonus: 4 },
      { department: "文化和旅游厅", base: 100, deduction: 0, bonus: 4 },
      { department: "成都海关", base: 100, deduction: -2, bonus: 0 },
    ]);
    expect(rows.map((r) => [r.rank, r.department, r.score])).toEqual([
      [1, "水利厅", 104],
      [1, "文化和旅游厅", 104],
      [3, "农业农村厅", 103.5],
      [4, "成都海关", 98],
    ]);
  });
});
