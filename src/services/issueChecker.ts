import { checkIssue, type CheckContext, type Finding, type FindingOverride } from "../domain/checks/index.js";
import { DepartmentRegistry, type Department } from "../domain/departments/registry.js";
import { ZhoubaoError } from "../domain/errors.js";
import type { IssueDocument, StoredIssue } from "../domain/model/issue.js";
import type { Store } from "../store/index.js";
import { issueLabel } from "./issueLocator.js";

let lastRegistry: { key: string; registry: DepartmentRegistry } | null = null;

/** The registry of a department list, rebuilt only when the list changed (building it compiles a pattern of every name). */
function registryOf(departments: Department[]): DepartmentRegistry {
  const key = JSON.stringify(departments);
  if (lastRegistry?.key !== key) lastRegistry = { key, registry: new DepartmentRegistry(departments) };
  return lastRegistry.registry;
}

/**
 * The check context of a stored issue: the previous issue in total order and the
 * issues of its year. Only the latest earlier issue of the year is read in full (the
 * year-to-date rules compare with it); the others take part with their numbers only
 * (the numbering rules need no more), so checking costs two reads, not a year's trees.
 */
export async function checkContextFor(store: Store, issue: StoredIssue | (IssueDocument & { id?: number; centerId: number })): Promise<CheckContext> {
  const [numbers, previous, calendar, departments] = await Promise.all([
    store.issues.numbers(issue.centerId),
    store.issues.previous(issue.centerId, issue),
    store.calendar.calendar(),
    store.departments.list(issue.centerId, { includeInactive: true }),
  ]);
  const registry = registryOf(departments);
  const year = numbers.filter((n) => n.year === issue.year && n.id !== issue.id);
  const before = year.filter((n) => n.seq < issue.seq).sort((a, b) => b.seq - a.seq)[0];
  const ofYear = !before ? null : before.id === previous?.id ? previous : await store.issues.byId(before.id);
  const full = new Map<number, IssueDocument>();
  if (previous) full.set(previous.id, previous);
  if (ofYear) full.set(ofYear.id, ofYear);
  const sameYear = year.map((n) => full.get(n.id) ?? ({ ...n, sections: [], attachments: [] } as unknown as IssueDocument));
  return { previous, sameYear, calendar, registry };
}

/**
 * The findings of a stored issue (or of a document about to replace it), with the
 * override reasons the editor gave.
 *
 * @example
 * const findings = await findingsOf(store, issue);
 */
export async function findingsOf(store: Store, issue: StoredIssue, doc: IssueDocument = issue, overrides?: readonly FindingOverride[]): Promise<Finding[]> {
  const ctx = await checkContextFor(store, issue);
  return checkIssue(doc, ctx, overrides ?? (await store.issueWorkflow.get(issue.id)).overrides);
}

/**
 * Refuses approval (issue.checks-failed) while an error stands or a warning has no
 * written reason; the details list them.
 */
export function assertApprovable(issue: { year: number; seq: number }, findings: readonly Finding[]): void {
  const errors = findings.filter((f) => f.severity === "error");
  const open = findings.filter((f) => f.severity === "warning" && !f.overridden);
  if (errors.length)
    throw new ZhoubaoError("issue.checks-failed", `${issueLabel(issue)}有 ${errors.length} 项校核错误，须先改正：${errors[0].message}`, { errors, warnings: open });
  if (open.length)
    throw new ZhoubaoError("issue.checks-failed", `${issueLabel(issue)}有 ${open.length} 项校核警告尚未填写忽略理由：${open[0].message}`, { errors, warnings: open });
}
