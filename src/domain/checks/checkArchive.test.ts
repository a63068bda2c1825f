import { describe, expect, it } from "vitest";
import type { IssueDocument } from "../model/issue.js";
import { firstOfKind } from "../tree.js";
import { checkArchive } from "./checkArchive.js";
import { checkIssue } from "./checkIssue.js";
import { archive, calendar, contextOf, registry } from "./fixtures.js";

function oneByOne(issues: IssueDocument[]) {
  return issues.map((doc, k) =>
    checkIssue(doc, contextOf(k ? issues[k - 1] : null, issues.filter((o) => o !== doc && o.year === doc.year))),
  );
}

/** The fixture archive with one defect per issue and an extra 2023 issue of a broken offset. */
function faulty(): IssueDocument[] {
  const [a, b, c, d, e, f] = archive();
  firstOfKind(b.sections, "platform-stats")!.content.licensing!.accepted = 600000; // below 2022-30
  c.period = { start: "2023-01-02", end: "2023-01-06" }; // 元旦 holiday
  d.total = 423; // offset 421 in a year of 420
  firstOfKind(f.sections, "window-counts")!.content.ytd!.consulted = 1; // below the week and 2023-48
  f.attachments[0].rows[13].rank = 13;
  const g: IssueDocument = { ...f, seq: 50, total: 470, period: { start: "2023-12-18", end: "2023-12-22" }, copies: null };
  return [a, b, c, d, e, f, g];
}

describe("checkArchive", () => {
  it("gives the same findings as checking each issue with its neighbours", () => {
    for (const issues of [archive(), faulty()]) {
      const result = checkArchive(issues, calendar, registry);
      expect(result.map((r) => r.issue)).toEqual(issues);
      expect(result.map((r) => r.findings)).toEqual(oneByOne(issues));
    }
  });

  it("reports each defect on its issue", () => {
    const codes = checkArchive(faulty(), calendar, registry).map((r) =>
      [...new Set(r.findings.filter((x) => x.severity === "error").map((x) => x.code))].sort(),
    );
    expect(codes).toEqual([
      [],
      ["stats.ytd-decreased"],
      ["period.not-workday"],
      ["numbering.offset-changed"],
      [],
      ["assessment.rank-mismatch", "stats.ytd-decreased", "window.ytd-below-week"],
      ["assessment.rank-mismatch", "window.ytd-below-week"],
    ]);
  });

  it("applies each issue's overrides", () => {
    const issues = faulty();
    const result = checkArchive(issues, calendar, registry, (i) =>
      i.seq === 50 ? [{ code: "distribution.copies-missing", sectionId: null, field: "copies", reason: "仅发电子版" }] : [],
    );
    expect(result[6].findings.find((x) => x.code === "distribution.copies-missing")?.overridden).toBe(true);
  });
});
