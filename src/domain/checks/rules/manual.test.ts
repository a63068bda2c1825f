import { describe, expect, it } from "vitest";
import type { IssueDocument } from "../../model/issue.js";
import type { ContentOf } from "../../model/section.js";
import { firstOfKind } from "../../tree.js";
import { contextOf, findingsOf, issue2023_48, issue2023_49 } from "../fixtures.js";
import { percentAgrees, percentCandidates } from "./manual.js";

function manual(doc: IssueDocument): ContentOf<"manual-progress"> {
  return firstOfKind(doc.sections, "manual-progress")!.content;
}

describe("percentAgrees", () => {
  it("accepts 1082 and 65.77%: 1082/1645 = 65.775…, truncated", () => {
    expect(percentCandidates(1082, 1645)).toEqual({ truncated: 6577, rounded: 6578 });
    expect(percentAgrees(1082, 65.77)).toBe(true);
    expect(percentAgrees(1082, 65.77, 1645)).toBe(true);
    expect(percentAgrees(1082, 65.78, 1645)).toBe(true); // rounded
  });

  it("rejects percents no integer total gives, and those that disagree with a known total", () => {
    expect(percentAgrees(1082, 65.87)).toBe(false);
    expect(percentAgrees(1082, 65.8)).toBe(false);
    expect(percentAgrees(1082, 65.76, 1645)).toBe(false);
    expect(percentAgrees(1082, 65.771)).toBe(false); // three decimals
    expect(percentAgrees(0, 1.5)).toBe(false);
  });

  it("agrees with a brute-force search over totals", () => {
    // From 0.41% up: smaller shares need totals in the millions, too slow to enumerate here.
    for (const completed of [1, 7, 333, 1082])
      for (let p = 41; p <= 10000; p += 37) {
        let expected = false;
        for (let t = completed; t <= 10000 * completed + 1 && !expected; t++) {
          const c = percentCandidates(completed, t);
          expected = c.truncated === p || c.rounded === p;
          if (c.truncated < p - 1) break; // the share only falls as t grows
        }
        expect([completed, p, percentAgrees(completed, p / 100)]).toEqual([completed, p, expected]);
      }
  });
});

describe("manual.percent-mismatch", () => {
  it("passes 2023-49 (1082, 65.77%) with and without the total 1645", () => {
    expect(findingsOf("manual.percent-mismatch", issue2023_49(), contextOf(issue2023_48()))).toEqual([]);
    const doc = issue2023_49();
    manual(doc).totalItems = 1645;
    expect(findingsOf("manual.percent-mismatch", doc, contextOf(null))).toEqual([]);
  });

  it("fails a changed percent", () => {
    const doc = issue2023_49();
    manual(doc).percent = 65.87;
    const f = findingsOf("manual.percent-mismatch", doc, contextOf(null));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", field: "percent", sectionId: "2023-49/manual" });
    expect(f[0].message).toContain("1082");
    expect(f[0].message).toContain("65.87%");
  });

  it("uses totalItems when the section has it, naming the expected percents", () => {
    const doc = issue2023_49();
    Object.assign(manual(doc), { totalItems: 1600, percent: 65.77 });
    const f = findingsOf("manual.percent-mismatch", doc, contextOf(null));
    expect(f[0].message).toBe("已完成 1082 个办理项，按办理项总数 1600 个计算占比应为 67.62%或67.63%，实为 65.77%。");
  });
});
