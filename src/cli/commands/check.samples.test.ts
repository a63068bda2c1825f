/**
 * Issue 5 "Must show": the three sample reports, imported, have no error; each with one
 * figure altered yields exactly the expected code. Lives beside `zhoubao check` rather
 * than in src/domain/checks because it needs the importer (src/ingest), which the
 * domain must not import.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkArchive } from "../../domain/checks/checkArchive.js";
import { checkIssue } from "../../domain/checks/checkIssue.js";
import type { CheckCode } from "../../domain/checks/codes.js";
import { calendar, registry } from "../../domain/checks/fixtures.js";
import type { IssueDocument } from "../../domain/model/issue.js";
import { firstOfKind } from "../../domain/tree.js";
import { imported, predecessorOf, SAMPLE_NAMES as NAMES, SAMPLES } from "./sampleIssues.js";

function check(doc: IssueDocument, previous: IssueDocument) {
  return checkIssue(doc, { previous, sameYear: [previous], calendar, registry });
}

type Alteration = [name: (typeof NAMES)[number], what: string, alter: (doc: IssueDocument, prev: IssueDocument) => void, code: CheckCode];

const ALTERATIONS: Alteration[] = [
  ["2023-02", "a YTD count lowered below its predecessor's", (d, p) => {
    firstOfKind(d.sections, "platform-stats")!.content.licensing!.accepted = firstOfKind(p.sections, "platform-stats")!.content.licensing!.accepted - 1;
  }, "stats.ytd-decreased"],
  ["2023-49", "the percent 65.77 changed to 65.87", (d) => {
    firstOfKind(d.sections, "manual-progress")!.content.percent = 65.87;
  }, "manual.percent-mismatch"],
  ["2023-49", "a policy total off by two (123 → 125)", (d) => {
    firstOfKind(d.sections, "policy-lists")!.content.lists[0].total += 2;
  }, "policy.total-mismatch"],
  ["2023-49", "an assessment score changed (成都海关 98 → 99)", (d) => {
    d.attachments[0].rows.find((r) => r.department === "成都海关")!.score = 99;
  }, "assessment.score-mismatch"],
  ["2023-49", "the period moved onto a weekend (12-12..12-16)", (d) => {
    d.period = { start: "2023-12-12", end: "2023-12-16" };
  }, "period.not-workday"],
  ["2022-31", "the period moved onto a weekend (09-13..09-17)", (d) => {
    d.period = { start: "2022-09-13", end: "2022-09-17" };
    firstOfKind(d.sections, "platform-stats")!.content.asOf = "2022-09-17";
  }, "period.not-workday"],
  ["2023-49", "the total number shifted (469 → 470)", (d) => {
    d.total += 1;
  }, "numbering.offset-changed"],
];

describe.skipIf(!existsSync(SAMPLES))("checks on the imported samples", () => {
  it.each(NAMES)("%s imported has no error, after its predecessor", (name) => {
    const doc = imported(name);
    const findings = check(doc, predecessorOf(doc));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("the three samples checked as one archive have no error", () => {
    const results = checkArchive(NAMES.map(imported), calendar, registry);
    expect(results.flatMap((r) => r.findings).filter((f) => f.severity === "error")).toEqual([]);
  });

  it.each(ALTERATIONS)("%s with %s yields exactly %s", (name, _what, alter, code) => {
    const doc = imported(name);
    const prev = predecessorOf(doc);
    const before = check(doc, prev);
    alter(doc, prev);
    const after = check(doc, prev);
    const key = (f: { code: string; field: string | null }) => `${f.code} ${f.field}`;
    const added = after.filter((f) => !before.some((b) => key(b) === key(f)));
    expect(added.map((f) => [f.code, f.severity])).toEqual([[code, "error"]]);
    expect(after.length).toBe(before.length + 1);
  });
});
