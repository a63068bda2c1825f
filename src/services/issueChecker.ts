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
 * The check context of a stored issue: the previous issue in total order and every other
 * issue of its year in full — the year-to-date rules look back past empty issues and the
 * manual's total is derived from the whole year (~50 documents, read in one query).
 * `publishing` is true for a published issue; the publisher sets it when publishing.
 */
export async function checkContextFor(
  store: Store,
  issue: StoredIssue | (IssueDocument & { id?: number; centerId: number; status?: StoredIssue["status"] }),
  publishing = issue.status === "published",
): Promise<CheckContext> {
  const [ofYear, previous, calendar, departments, inspections] = await Promise.all([
    store.issues.ofYear(issue.centerId, issue.year),
    store.issues.previous(issue.centerId, issue),
    store.calendar.calendar(issue.centerId),
    store.departments.list(issue.centerId, { includeInactive: true }),
    issue.id === undefined ? [] : store.inspections.list(issue.centerId, { issueId: issue.id }),
  ]);
  const sameYear = ofYear.filter((i) => i.id !== issue.id);
  // The previous issue is usually of the same year: one object, so the rules see it as such.
  const prev = previous && (sameYear.find((i) => i.id === previous.id) ?? previous);
  // Records filed for this issue and not adopted (attachedAt empty) are named by the checks.
  const pendingInspections = inspections.filter((r) => r.attachedAt === null).map((r) => ({ inspectedOn: r.inspectedOn, inspector: r.inspector }));
  return { previous: prev, sameYear, calendar, registry: registryOf(departments), publishing, pendingInspections };
}

/**
 * The findings of a stored issue (or of a document about to replace it), with the
 * override reasons the editor gave.
 *
 * @example
 * const findings = await findingsOf(store, issue);
 */
export async function findingsOf(
  store: Store,
  issue: StoredIssue,
  doc: IssueDocument = issue,
  overrides?: readonly FindingOverride[],
  publishing?: boolean,
): Promise<Finding[]> {
  const ctx = await checkContextFor(store, issue, publishing);
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
