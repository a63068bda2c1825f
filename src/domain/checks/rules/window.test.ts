import { describe, expect, it } from "vitest";
import type { IssueDocument } from "../../model/issue.js";
import type { ContentOf } from "../../model/section.js";
import { firstOfKind } from "../../tree.js";
import { calendar, contextOf, findingsOf, issue2023_48, issue2023_49 } from "../fixtures.js";
import { followsDirectly } from "./window.js";

function counts(doc: IssueDocument): ContentOf<"window-counts"> {
  return firstOfKind(doc.sections, "window-counts")!.content;
}

describe("window.ytd-below-week", () => {
  it("passes 2023-49: week 1479/522/2232/12601, 今年以来 74716/23151/171523/312870", () => {
    expect(findingsOf("window.ytd-below-week", issue2023_49(), contextOf(null))).toEqual([]);
  });

  it("fails a 今年以来 count below the week's", () => {
    const doc = issue2023_49();
    counts(doc).ytd!.accepted = 500;
    const f = findingsOf("window.ytd-below-week", doc, contextOf(null));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", field: "ytd.accepted", section: "省本级综窗办件情况" });
    expect(f[0].message).toBe("综窗今年以来累计受理 500 件少于本周受理 522 件。");
  });
});

describe("window.ytd-not-cumulative", () => {
  it("passes 2023-49 after 2023-48: 73237 + 1479 = 74716 and so on", () => {
    expect(findingsOf("window.ytd-not-cumulative", issue2023_49(), contextOf(issue2023_48()))).toEqual([]);
  });

  it("warns when the previous week's total plus this week is not this total", () => {
    const doc = issue2023_49();
    counts(doc).ytd!.consulted = 74700;
    const f = findingsOf("window.ytd-not-cumulative", doc, contextOf(issue2023_48()));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", field: "ytd.consulted" });
    expect(f[0].message).toBe(
      "综窗今年以来累计咨询 74700 人次，不等于上一期（2023年第48期）的累计 73237 人次加本周 1479 人次之和 74716 人次。",
    );
  });

  it("does not apply when the previous issue is not of the week before (a week without an issue)", () => {
    const prev = { ...issue2023_48(), seq: 47, total: 467, period: { start: "2023-11-27", end: "2023-12-01" } };
    expect(findingsOf("window.ytd-not-cumulative", issue2023_49(), contextOf(prev))).toEqual([]);
  });

  it("treats holidays between two periods as no gap", () => {
    // 2023-09-29..10-06 were holidays; 10-07/08 make-up working days open the next period.
    expect(followsDirectly({ start: "2023-09-25", end: "2023-09-28" }, { start: "2023-10-07", end: "2023-10-13" }, calendar)).toBe(true);
    expect(followsDirectly({ start: "2023-12-04", end: "2023-12-08" }, { start: "2023-12-11", end: "2023-12-15" }, calendar)).toBe(true);
    expect(followsDirectly({ start: "2023-11-27", end: "2023-12-01" }, { start: "2023-12-11", end: "2023-12-15" }, calendar)).toBe(false);
  });
});
