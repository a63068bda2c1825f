import { z } from "zod";
import { assertOverridable, checkIssue, findingOverride } from "../domain/checks/index.js";
import { ZhoubaoError } from "../domain/errors.js";
import { issueDocument, keepOriginalPages, type StoredIssue } from "../domain/model/issue.js";
import { validatePeriod } from "../domain/numbering/period.js";
import { parseInput } from "../domain/validate.js";
import type { Store } from "../store/index.js";
import { toDocument } from "../store/index.js";
import { assertKnownDepartments } from "../store/repositories/issueDepartments.js";
import { audit, requireRole, type Actor } from "./actor.js";
import { enqueueIssueEvent } from "./distributionEnqueuer.js";
import { renderAll } from "./documentRenderer.js";
import { assertApprovable, checkContextFor } from "./issueChecker.js";
import { issueLabel, requireIssue } from "./issueLocator.js";

export const correctionInput = z.object({
  reason: z.string().trim().min(4, "请写明更正理由（至少 4 个字）").max(500, "更正理由不能超过 500 字"),
  document: z.unknown(),
  /** Reasons for warnings the corrected document raises (the list replaces the stored one). */
  overrides: z.array(findingOverride).max(200).optional(),
});

/**
 * Corrects a published issue (更正): the corrected document becomes a new revision
 * with its reason, rendered and kept; every earlier revision stays readable. The
 * number, year and period cannot change, and the checks must pass as for approval.
 *
 * @example
 * await correctIssue(store, editor, "2026-46", { reason: "第二条动态部门名称有误", document });
 */
export async function correctIssue(store: Store, actor: Actor, ref: string, input: unknown): Promise<StoredIssue> {
  requireRole(actor, ["editor"], "更正已发布的周报");
  const { reason, document, overrides: newOverrides } = parseInput(correctionInput, input, "更正");
  const issue = await requireIssue(store, actor.centerId, ref);
  if (issue.status !== "published")
    throw new ZhoubaoError("issue.bad-transition", `${issueLabel(issue)}尚未发布，直接修改即可，无需更正。`, { status: issue.status });
  const doc = keepOriginalPages(parseInput(issueDocument, document, "更正后的周报"), issue);
  for (const k of ["year", "seq", "total"] as const)
    if (doc[k] !== issue[k]) throw new ZhoubaoError("input.invalid", `更正不能改变期号（${k}：${issue[k]} → ${doc[k]}）。`, { field: k });
  if (doc.period.start !== issue.period.start || doc.period.end !== issue.period.end)
    throw new ZhoubaoError("input.invalid", "更正不能改变统计周期。", { field: "period" });
  validatePeriod(doc.period, await store.calendar.calendar(issue.centerId));
  assertKnownDepartments(doc, await store.departments.registry(issue.centerId));
  const ctx = await checkContextFor(store, issue);
  if (newOverrides) for (const o of newOverrides) assertOverridable(o, checkIssue(doc, ctx, []));
  const overrides = newOverrides ?? (await store.issueWorkflow.get(issue.id)).overrides;
  assertApprovable(issue, checkIssue(doc, ctx, overrides));
  // An issue published before zhoubao kept revisions (imported, revision 0) keeps its original as revision 1.
  const revision = Math.max(issue.revision, 1) + 1;
  const files = await renderAll(doc, revision);

  return store.transaction(async (tx) => {
    await tx.issueWorkflow.lock(issue.id);
    const current = (await tx.issues.byId(issue.id))!;
    if (current.revision !== issue.revision)
      throw new ZhoubaoError("issue.stale", `${issueLabel(current)}刚刚已被更正（第 ${current.revision} 版），请刷新后再提交。`, { revision: current.revision });
    if (current.revision === 0) await tx.issueWorkflow.keepRevision(issue.id, 1, toDocument(current), { reason: null, by: null });
    await tx.issueWorkflow.freeze(issue.id, revision, doc, { reason, by: actor.username });
    await tx.issueWorkflow.stamp(issue.id, { overrides });
    for (const f of files) await tx.issueDocuments.keep(issue.id, revision, f.format, f.contentType, f.content);
    const after = (await tx.issues.byId(issue.id))!;
    await enqueueIssueEvent(tx, after, "corrected");
    await audit(tx, actor, "issue", issue.id, "correct", { revision: current.revision, document: toDocument(current) }, { revision, reason, document: toDocument(after) });
    return after;
  });
}
