import { describe, expect, it } from "vitest";
import { contextOf, findingsOf, issue2023_49 } from "../fixtures.js";
import { competitionRanks } from "../../assessment/scoring.js";

const ctx = contextOf(null);
const rows = (doc: ReturnType<typeof issue2023_49>) => doc.attachments[0].rows;

describe("competitionRanks", () => {
  it("gives ties the same rank and skips the next: 12, 12, 14", () => {
    expect(competitionRanks([104.5, 104, 104, 103.5])).toEqual([1, 2, 2, 4]);
    expect(competitionRanks(rows(issue2023_49()).map((r) => r.score))).toEqual(rows(issue2023_49()).map((r) => r.rank));
  });
});

describe("assessment.score-mismatch", () => {
  it("passes the 2023-10 table (100 + 0 + 9.5 = 109.5, 100 − 12 + 0 = 88 …)", () => {
    expect(findingsOf("assessment.score-mismatch", issue2023_49(), ctx)).toEqual([]);
  });

  it("fails a changed score, and the rank stays right", () => {
    const doc = issue2023_49();
    rows(doc)[25].score = 99; // 成都海关: 100 − 2 + 0 = 98
    const f = findingsOf("assessment.score-mismatch", doc, ctx);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", field: "attachments[0].rows[25].score", sectionId: null });
    expect(f[0].message).toBe("成都海关基础分 100 分、减分 -2 分、加分 0 分，合计应为 98 分，表中实得分为 99 分。");
    expect(findingsOf("assessment.rank-mismatch", doc, ctx)).toEqual([]);
  });
});

describe("assessment.rank-mismatch", () => {
  it("passes the ties of 2023-10 (12, 12, 14; 22 ×4 then 26; 27 ×3)", () => {
    expect(findingsOf("assessment.rank-mismatch", issue2023_49(), ctx)).toEqual([]);
  });

  it("fails dense ranking of a tie (12, 12, 13) and a tie printed as two ranks", () => {
    const doc = issue2023_49();
    rows(doc)[13].rank = 13; // 农业农村厅 after the two 12s
    rows(doc)[12].rank = 13; // 文化和旅游厅 ties 水利厅 at 104
    const f = findingsOf("assessment.rank-mismatch", doc, ctx);
    expect(f.map((x) => x.field)).toEqual(["attachments[0].rows[12].rank", "attachments[0].rows[13].rank"]);
    expect(f[0].message).toBe("文化和旅游厅实得分 104 分，按实得分排名应为第 12 名（并列），表中为第 13 名。");
    expect(f[1].message).toContain("应为第 14 名");
  });
});

describe("assessment.duplicate-department", () => {
  it("passes 29 distinct departments", () => {
    expect(findingsOf("assessment.duplicate-department", issue2023_49(), ctx)).toEqual([]);
  });

  it("fails a department listed twice, also under an alias", () => {
    const doc = issue2023_49();
    rows(doc)[12].department = "水利厅";
    rows(doc)[7].department = "应急厅";
    rows(doc)[8].department = "应急管理厅";
    const f = findingsOf("assessment.duplicate-department", doc, ctx);
    expect(f.map((x) => x.field)).toEqual(["attachments[0].rows[8].department", "attachments[0].rows[12].department"]);
    expect(f.map((x) => x.message)).toEqual(["应急管理厅在考核表中出现 2 次（第 8、9 行）。", "水利厅在考核表中出现 2 次（第 12、13 行）。"]);
  });
});

describe("assessment.sign", () => {
  it("passes deductions ≤ 0 and bonuses ≥ 0", () => {
    expect(findingsOf("assessment.sign", issue2023_49(), ctx)).toEqual([]);
  });

  it("fails a deduction typed as a positive number and a negative bonus", () => {
    const doc = issue2023_49();
    Object.assign(rows(doc)[25], { deduction: 2, score: 102 });
    Object.assign(rows(doc)[0], { bonus: -19, score: 81 });
    const f = findingsOf("assessment.sign", doc, ctx);
    expect(f.map((x) => x.field)).toEqual(["attachments[0].rows[0].bonus", "attachments[0].rows[25].deduction"]);
    expect(f[1].message).toBe("成都海关的减分为 2 分；减分应填 0 或负数（如 -2）。");
  });
});
