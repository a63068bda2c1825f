import { z } from "zod";
import { assertOverridable, findingOverride, type FindingOverride } from "../domain/checks/index.js";
import { ZhoubaoError } from "../domain/errors.js";
import { keepOriginalPages, type StoredIssue } from "../domain/model/issue.js";
import { parseInput } from "../domain/validate.js";
import type { Store } from "../store/index.js";
import { toDocument } from "../store/index.js";
import { audit, requireRole, type Actor } from "./actor.js";
import { checkContextFor } from "./issueChecker.js";
import { assertDraft, issueLabel, requireIssue } from "./issueLocator.js";
import { checkIssue } from "../domain/checks/index.js";
import { draftIssue } from "./issueDrafter.js";

/**
 * Runs `change` on a draft issue inside one transaction, with the row locked and read
 * afresh, and audits before and after. Every service that edits an issue's tree goes
 * through here, so none of them can edit a published or locked issue.
 */
export async function editDraft(
  tx: Store,
  actor: Actor,
  issueId: number,
  action: string,
  change: (issue: StoredIssue) => Promise<StoredIssue>,
  what = "修改",
): Promise<StoredIssue> {
  await tx.issueWorkflow.lock(issueId);
  const before = await tx.issues.byId(issueId);
  if (!before) throw new ZhoubaoError("issue.not-found", `未找到编号为 ${issueId} 的周报。`, { id: issueId });
  assertDraft(before, what);
  const after = await change(before);
  await audit(tx, actor, "issue", issueId, action, toDocument(before), toDocument(after));
  return after;
}

/** The tree the editor saves; `updatedAt` (from the last read) guards against overwriting a newer save. */
export const saveIssueInput = z.object({ document: z.unknown(), updatedAt: z.string().optional() });

/**
 * Saves an edited draft (header, tree, attachments). Refuses a published issue
 * (issue.immutable), one under review or approved (issue.locked) and a stale save
 * (issue.stale: someone saved or accepted an item since `updatedAt`).
 */
export async function saveIssue(store: Store, actor: Actor, ref: string, input: unknown): Promise<StoredIssue> {
  requireRole(actor, ["editor"], "编辑周报");
  const { document, updatedAt } = parseInput(saveIssueInput, input, "周报");
  const { id } = await requireIssue(store, actor.centerId, ref);
  return store.transaction((tx) =>
    editDraft(tx, actor, id, "update", async (issue) => {
      if (updatedAt && updatedAt !== issue.updatedAt)
        throw new ZhoubaoError("issue.stale", `${issueLabel(issue)}已被他人修改（${issue.updatedAt}），请刷新后再保存。`, { updatedAt: issue.updatedAt });
      return tx.issues.update(issue.id, keepOriginalPages(document, issue));
    }),
  );
}

export const overridesInput = z.object({ overrides: z.array(findingOverride).max(200) });

/**
 * Records the editor's written reasons for letting warnings stand. Each must name a
 * current warning (not an error); the list replaces the previous one.
 */
export async function setOverrides(store: Store, actor: Actor, ref: string, input: unknown): Promise<FindingOverride[]> {
  requireRole(actor, ["editor"], "填写校核忽略理由");
  const { overrides } = parseInput(overridesInput, input, "忽略理由");
  const issue = await requireIssue(store, actor.centerId, ref);
  return store.transaction(async (tx) => {
    await tx.issueWorkflow.lock(issue.id);
    const current = (await tx.issues.byId(issue.id))!;
    assertDraft(current, "修改忽略理由");
    const raw = checkIssue(current, await checkContextFor(tx, current), []);
    for (const o of overrides) assertOverridable(o, raw);
    const before = (await tx.issueWorkflow.get(issue.id)).overrides;
    const trimmed = overrides.map((o) => ({ ...o, reason: o.reason.trim() }));
    await tx.issueWorkflow.stamp(issue.id, { overrides: trimmed });
    await audit(tx, actor, "issue", issue.id, "overrides", { overrides: before }, { overrides: trimmed });
    return trimmed;
  });
}

/**
 * The editor starts the next issue (numbers, period and tree proposed by issueDrafter);
 * audited in the same transaction.
 */
export async function createIssue(store: Store, actor: Actor, input: unknown): Promise<{ issue: StoredIssue; warnings: string[] }> {
  requireRole(actor, ["editor"], "新建周报");
  return store.transaction(async (tx) => {
    const r = await draftIssue(tx, actor.centerId, input);
    await audit(tx, actor, "issue", r.issue.id, "create", null, toDocument(r.issue));
    return r;
  });
}
