import { describe, expect, it } from "vitest";
import type { IssueDocument } from "../../model/issue.js";
import { treeFromPrevious } from "../../templates/builtin.js";
import { firstOfKind } from "../../tree.js";
import { checkArchive } from "../checkArchive.js";
import { calendar, contextOf, findingsOf, issue2022_31, issue2023_01, issue2023_02, issue2023_48, issue2023_49, registry } from "../fixtures.js";

/** An issue of the year left empty: its numbers and period, no figures. */
function emptyIssue(of: IssueDocument, seq: number, period: IssueDocument["period"]): IssueDocument {
  return { ...of, seq, total: of.total - of.seq + seq, period, sections: treeFromPrevious(of.sections), attachments: [] };
}

describe("stats.ytd-decreased over the whole year", () => {
  it("compares with the latest earlier issue that has the figure, skipping an empty one", () => {
    // 2023-48 left empty between 2023-02 and 2023-49: 2023-49 is compared with 2023-02.
    const doc = issue2023_49();
    const empty = emptyIssue(issue2023_48(), 48, issue2023_48().period);
    const w48 = issue2023_48();
    w48.seq = 47;
    w48.total = 467;
    firstOfKind(doc.sections, "window-counts")!.content.ytd!.accepted = 22000; // 2023-47 (as it were) had 22629
    const f = findingsOf("stats.ytd-decreased", doc, contextOf(empty, [w48, empty]));
    expect(f.map((x) => x.message)).toEqual(["综窗今年以来累计受理 22000 件低于此前的2023年第47期的 22629 件。"]);
  });

  it("catches a platform figure 90,000 below two weeks earlier across an empty week", () => {
    const doc = issue2023_02();
    doc.seq = 3;
    doc.total = 423;
    doc.period = { start: "2023-01-16", end: "2023-01-20" };
    firstOfKind(doc.sections, "platform-stats")!.content.asOf = "2023-01-20";
    firstOfKind(doc.sections, "platform-stats")!.content.publicService!.accepted = 157350 - 90000;
    const middle = emptyIssue(issue2023_02(), 2, issue2023_02().period);
    const first = issue2023_01();
    const f = findingsOf("stats.ytd-decreased", doc, contextOf(middle, [first, middle]));
    expect(f.map((x) => [x.field, x.message])).toEqual([["publicService.accepted", "公共服务事项受理数 67350 件低于此前的2023年第1期的 70114 件。"]]);
  });

  it("compares the first issue of a year with nothing from December", () => {
    const doc = issue2023_01();
    expect(findingsOf("stats.ytd-decreased", doc, contextOf(issue2022_31(), []))).toEqual([]);
  });

  it("catches a manual count below an earlier issue's, and checkArchive agrees", () => {
    const doc = issue2023_49();
    Object.assign(firstOfKind(doc.sections, "manual-progress")!.content, { completed: 1075, percent: 65.35 });
    const f = findingsOf("stats.ytd-decreased", doc, contextOf(issue2023_48()));
    expect(f.map((x) => x.message)).toEqual(["已完成受理工作手册编制的办理项 1075 个低于上一期（2023年第48期）的 1079 个。"]);
    const archived = checkArchive([issue2023_01(), issue2023_02(), issue2023_48(), doc], calendar, registry);
    expect(archived[3].findings.filter((x) => x.code === "stats.ytd-decreased").map((x) => x.message)).toEqual(f.map((x) => x.message));
  });
});
