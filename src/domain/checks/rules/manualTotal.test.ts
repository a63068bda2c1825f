import { describe, expect, it } from "vitest";
import type { IssueDocument } from "../../model/issue.js";
import { firstOfKind } from "../../tree.js";
import { contextOf, findingsOf, issue2023_48, issue2023_49 } from "../fixtures.js";
import { percentCandidates } from "./manual.js";
import { totalsAllowed } from "./manualTotal.js";

const manual = (doc: IssueDocument) => firstOfKind(doc.sections, "manual-progress")!.content;

describe("totalsAllowed", () => {
  it("derives the one total 1082 at 65.77% allows (truncated), and 1079 at 65.59%", () => {
    expect(totalsAllowed(1082, 65.77)).toEqual({ lo: 1645, hi: 1645 });
    expect(totalsAllowed(1079, 65.59)).toEqual({ lo: 1645, hi: 1645 });
    expect(totalsAllowed(3, 0)).toEqual({ lo: 30001, hi: Infinity });
    expect(totalsAllowed(null, 65.77)).toBeNull();
  });

  it("holds exactly the totals whose truncated or rounded percent is the printed one", () => {
    for (const c of [1, 7, 333, 1082])
      for (let p = 50; p <= 10000; p += 173) {
        const i = totalsAllowed(c, p / 100)!;
        const gives = (t: number) => t >= c && [percentCandidates(c, t).truncated, percentCandidates(c, t).rounded].includes(p);
        for (let t = Math.max(c, i.lo - 3); t <= Math.min(i.hi, i.lo + 400) + 3; t++) expect([c, p, t, gives(t)]).toEqual([c, p, t, t >= i.lo && t <= i.hi]);
      }
  });
});

describe("manual.total-inconsistent", () => {
  it("passes 2023-49 after 2023-48 (both 1645 items)", () => {
    expect(findingsOf("manual.total-inconsistent", issue2023_49(), contextOf(issue2023_48()))).toEqual([]);
  });

  it("catches 65.57%: a percent some total explains alone (1650) but not the year's 1645", () => {
    const doc = issue2023_49();
    manual(doc).percent = 65.57;
    expect(findingsOf("manual.percent-mismatch", doc, contextOf(issue2023_48()))).toEqual([]);
    const f = findingsOf("manual.total-inconsistent", doc, contextOf(issue2023_48()));
    expect(f.map((x) => [x.severity, x.field, x.message])).toEqual([
      ["error", "percent", "已完成 1082 个办理项、占比 65.57%，对应办理项总数 1650 个，而此前各期（2023年第48期）推算的总数为 1645 个。请核对占比；如办理项总数本周确有变化，请在本节填写办理项总数。"],
    ]);
  });

  it("accepts a changed total the editor states, and follows it from then on", () => {
    const doc = issue2023_49();
    Object.assign(manual(doc), { percent: 65.57, totalItems: 1650 });
    expect(findingsOf("manual.total-inconsistent", doc, contextOf(issue2023_48()))).toEqual([]);
    const next = issue2023_49();
    Object.assign(next, { seq: 50, total: 470, period: { start: "2023-12-18", end: "2023-12-22" } });
    Object.assign(manual(next), { completed: 1090, percent: 66.06 }); // 1090/1650 = 66.06%
    expect(findingsOf("manual.total-inconsistent", next, contextOf(doc, [issue2023_48(), doc]))).toEqual([]);
  });
});
