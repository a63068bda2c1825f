import type { HolidayCalendar } from "../calendar/holidayCalendar.js";
import type { DepartmentRegistry } from "../departments/registry.js";
import type { IssueDocument } from "../model/issue.js";
import { runRules } from "./checkIssue.js";
import { viewOf } from "./context.js";
import type { Finding, FindingOverride } from "./finding.js";
import { prevailingOffset, tallyOffsets, type YearOffsets } from "./neighbours.js";
import { applyOverrides } from "./overrides.js";

export type IssueFindings<T extends IssueDocument> = { issue: T; findings: Finding[] };

/**
 * Checks a whole archive in one pass, linear in the number of issues: each issue is
 * checked against the one before it (the order given is the total order) and against
 * its year's offsets, tallied once per year. Gives the same findings as checkIssue with
 * { previous: the issue before, sameYear: the rest of its year }.
 *
 * @example
 * for (const { issue, findings } of checkArchive(await store.issues.all(centerId), calendar, registry)) …
 */
export function checkArchive<T extends IssueDocument>(
  issues: readonly T[],
  calendar: HolidayCalendar,
  registry: DepartmentRegistry,
  overridesOf: (issue: T) => readonly FindingOverride[] = () => [],
): IssueFindings<T>[] {
  const byYear = new Map<number, T[]>();
  for (const i of issues) {
    const list = byYear.get(i.year);
    if (list) list.push(i);
    else byYear.set(i.year, [i]);
  }
  const tallies = new Map<number, YearOffsets>();
  const previousOfYear = new Map<T, T | null>();
  for (const [year, list] of byYear) {
    tallies.set(year, tallyOffsets(list));
    // Nearly always sorted already (total order); the sort makes odd archives agree with checkIssue.
    const bySeq = [...list].sort((a, b) => a.seq - b.seq);
    let before: T | null = null;
    for (let k = 0; k < bySeq.length; k++) {
      if (k > 0 && bySeq[k - 1].seq < bySeq[k].seq) before = bySeq[k - 1];
      previousOfYear.set(bySeq[k], before);
    }
  }
  return issues.map((doc, k) => {
    const prevOfYear = previousOfYear.get(doc) ?? null;
    const findings = runRules(viewOf(doc), {
      previous: k > 0 ? viewOf(issues[k - 1]) : null,
      previousOfYear: prevOfYear ? viewOf(prevOfYear) : null,
      offsetReference: prevailingOffset(tallies.get(doc.year)!, doc),
      calendar,
      registry,
    });
    return { issue: doc, findings: applyOverrides(findings, overridesOf(doc)) };
  });
}
