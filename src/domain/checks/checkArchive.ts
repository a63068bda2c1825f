import type { HolidayCalendar } from "../calendar/holidayCalendar.js";
import type { DepartmentRegistry } from "../departments/registry.js";
import type { IssueDocument } from "../model/issue.js";
import { runRules } from "./checkIssue.js";
import { viewOf, type IssueView } from "./context.js";
import type { Finding, FindingOverride } from "./finding.js";
import { prevailingOffset, tallyOffsets, type YearOffsets } from "./neighbours.js";
import { applyOverrides } from "./overrides.js";

export type IssueFindings<T extends IssueDocument> = { issue: T; findings: Finding[] };

/**
 * Checks a whole archive in one pass, linear in the number of issues (times the ~50 of a
 * year, for the year-to-date rules' look-back): each issue is
 * checked against the one before it (the order given is the total order) and against
 * its year's offsets, tallied once per year, and against the earlier issues of its year.
 * Gives the same findings as checkIssue with { previous: the issue before, sameYear: the
 * rest of its year, publishing: publishedOf(issue) }.
 *
 * @example
 * for (const { issue, findings } of checkArchive(await store.issues.all(centerId), calendar, registry)) …
 */
export function checkArchive<T extends IssueDocument>(
  issues: readonly T[],
  calendar: HolidayCalendar,
  registry: DepartmentRegistry,
  overridesOf: (issue: T) => readonly FindingOverride[] = () => [],
  publishedOf: (issue: T) => boolean = () => false,
): IssueFindings<T>[] {
  const byYear = new Map<number, T[]>();
  for (const i of issues) {
    const list = byYear.get(i.year);
    if (list) list.push(i);
    else byYear.set(i.year, [i]);
  }
  const tallies = new Map<number, YearOffsets>();
  const earlier = new Map<T, IssueView[]>();
  for (const [year, list] of byYear) {
    tallies.set(year, tallyOffsets(list));
    // Nearly always sorted already (total order); the sort makes odd archives agree with checkIssue.
    const bySeq = [...list].sort((a, b) => a.seq - b.seq).map(viewOf);
    let end = 0; // bySeq[0, end) are the issues of lower seq (equal seqs are not each other's predecessors)
    for (let k = 0; k < bySeq.length; k++) {
      while (bySeq[end].doc.seq < bySeq[k].doc.seq) end++;
      earlier.set(bySeq[k].doc as T, bySeq.slice(0, end));
    }
  }
  return issues.map((doc, k) => {
    const earlierOfYear = earlier.get(doc) ?? [];
    const findings = runRules(viewOf(doc), {
      previous: k > 0 ? viewOf(issues[k - 1]) : null,
      previousOfYear: earlierOfYear.at(-1) ?? null,
      earlierOfYear,
      offsetReference: prevailingOffset(tallies.get(doc.year)!, doc),
      calendar,
      registry,
      publishing: publishedOf(doc),
    });
    return { issue: doc, findings: applyOverrides(findings, overridesOf(doc)) };
  });
}
