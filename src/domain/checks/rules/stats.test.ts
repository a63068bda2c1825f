import { describe, expect, it } from "vitest";
import type { IssueDocument } from "../../model/issue.js";
import type { ContentOf } from "../../model/section.js";
import { firstOfKind } from "../../tree.js";
import { contextOf, findingsOf, issue2022_30, issue2022_31, issue2023_01, issue2023_02, issue2023_48, issue2023_49 } from "../fixtures.js";

function stats(doc: IssueDocument): ContentOf<"platform-stats"> {
  return firstOfKind(doc.sections, "platform-stats")!.content;
}

describe("stats.ytd-decreased", () => {
  it("passes 2022-31 after 2022-30 and 2023-02 after 2023-01", () => {
    expect(findingsOf("stats.ytd-decreased", issue2022_31(), contextOf(issue2022_30()))).toEqual([]);
    expect(findingsOf("stats.ytd-decreased", issue2023_02(), contextOf(issue2023_01()))).toEqual([]);
  });

  it("fails a licensing count below the previous issue's, naming both figures", () => {
    const prev = issue2022_30();
    stats(prev).licensing = { accepted: 620000, completed: 596230 };
    const f = findingsOf("stats.ytd-decreased", issue2022_31(), contextOf(prev));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", section: "省级政务服务事项受理办理情况", sectionId: "2022-31/stats", field: "licensing.accepted" });
    expect(f[0].message).toBe("行政许可受理数 617058 件低于上一期（2022年第30期）的 620000 件。");
  });

  it("compares with the previous issue of the same year only (figures restart on 1 January)", () => {
    expect(findingsOf("stats.ytd-decreased", issue2023_01(), contextOf(issue2022_31(), []))).toEqual([]);
    // Re-checking 2023-02 with a later issue of the year present still compares with 2023-01.
    const later = issue2023_02();
    stats(later).licensing = { accepted: 99999, completed: 99999 };
    const sameYear = [issue2023_01(), { ...later, seq: 3, total: 423 }];
    expect(findingsOf("stats.ytd-decreased", issue2023_02(), contextOf(issue2023_01(), sameYear))).toEqual([]);
  });

  it("fails a 今年以来 window count below 2023-48's", () => {
    const doc = issue2023_49();
    firstOfKind(doc.sections, "window-counts")!.content.ytd!.issued = 169000;
    const f = findingsOf("stats.ytd-decreased", doc, contextOf(issue2023_48()));
    expect(f.map((x) => x.field)).toEqual(["ytd.issued"]);
    expect(f[0].message).toBe("综窗今年以来累计颁发 169000 件低于上一期（2023年第48期）的 169291 件。");
  });
});

describe("stats.as-of-mismatch", () => {
  it("passes figures as of the period's last day (2022-09-16)", () => {
    expect(findingsOf("stats.as-of-mismatch", issue2022_31(), contextOf(null))).toEqual([]);
  });

  it("warns when asOf is another day", () => {
    const doc = issue2022_31();
    stats(doc).asOf = "2022-09-15";
    const f = findingsOf("stats.as-of-mismatch", doc, contextOf(null));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", field: "asOf", sectionId: "2022-31/stats" });
    expect(f[0].message).toBe("统计截止日期 2022年9月15日 不是统计周期的最后一天 2022年9月16日。");
  });
});

describe("stats.from-not-jan1", () => {
  it("passes figures counted from 2023-01-01 in 2023-02", () => {
    expect(findingsOf("stats.from-not-jan1", issue2023_02(), contextOf(null))).toEqual([]);
  });

  it("fails figures counted from another day", () => {
    const doc = issue2023_02();
    stats(doc).from = "2022-01-01";
    const f = findingsOf("stats.from-not-jan1", doc, contextOf(null));
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("error");
    expect(f[0].message).toContain("2022年1月1日 不是 2023年1月1日");
  });
});

describe("stats.carry-over", () => {
  it("says nothing when completed ≤ accepted (2022-31 licensing 611244 ≤ 617058)", () => {
    const f = findingsOf("stats.carry-over", issue2022_31(), contextOf(null));
    expect(f.map((x) => x.field)).not.toContain("licensing.completed");
  });

  it("informs, never errs, when completed > accepted (2022-31 otherPower 50398 > 49602; 2023-02 licensing 27287 > 26641)", () => {
    const f = findingsOf("stats.carry-over", issue2022_31(), contextOf(null));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "info", field: "otherPower.completed" });
    expect(f[0].message).toContain("50398");
    expect(f[0].message).toContain("49602");
    expect(f[0].message).toContain("796");
    const g = findingsOf("stats.carry-over", issue2023_02(), contextOf(null));
    expect(g.map((x) => x.field)).toEqual(["licensing.completed", "otherPower.completed"]);
    expect(g.every((x) => x.severity === "info")).toBe(true);
  });
});

describe("stats.completed-far-above-accepted", () => {
  it("warns, with the numbers, when 办结 is more than 1.5 times 受理, and carry-over then stays silent", () => {
    const doc = issue2022_31();
    firstOfKind(doc.sections, "platform-stats")!.content.licensing!.completed = 6112440; // a digit too many
    const f = findingsOf("stats.completed-far-above-accepted", doc, contextOf(null));
    expect(f.map((x) => [x.severity, x.field, x.message])).toEqual([
      ["warning", "licensing.completed", "行政许可办结 6112440 件是受理 617058 件的 9.9 倍，超出以前年度结转办件通常的幅度；请核对数字，如确属结转，请说明理由。"],
    ]);
    expect(findingsOf("stats.carry-over", doc, contextOf(null)).map((x) => x.field)).toEqual(["otherPower.completed"]);
  });

  it("stays silent for the carry-over of the samples (2.4 % above in mid-January)", () => {
    expect(findingsOf("stats.completed-far-above-accepted", issue2023_02(), contextOf(null))).toEqual([]);
    expect(findingsOf("stats.completed-far-above-accepted", issue2022_31(), contextOf(null))).toEqual([]);
  });
});
