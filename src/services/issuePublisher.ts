import { z } from "zod";
import { ZhoubaoError } from "../domain/errors.js";
import { ISSUE_STATUS_LABELS, type IssueStatus, type StoredIssue } from "../domain/model/issue.js";
import type { PublishStepKey } from "../domain/publishing.js";
import { parseInput } from "../domain/validate.js";
import type { Store } from "../store/index.js";
import { toDocument } from "../store/index.js";
import type { Role } from "../store/repositories/users.js";
import { audit, requireRole, type Actor } from "./actor.js";
import { enqueueIssueEvent } from "./distributionEnqueuer.js";
import { renderAll } from "./documentRenderer.js";
import { assertApprovable, findingsOf } from "./issueChecker.js";
import { issueLabel, requireIssue } from "./issueLocator.js";

/** The moves of the issue workflow: draft → review → approved (签发) → published; reopen sends it back to draft. */
export const ISSUE_ACTIONS = ["submit", "approve", "publish", "reopen"] as const;
export type IssueAction = (typeof ISSUE_ACTIONS)[number];

const MOVES: Record<IssueAction, { from: IssueStatus[]; to: IssueStatus; roles: Role[]; what: string }> = {
  submit: { from: ["draft"], to: "review", roles: ["editor"], what: "提交审核" },
  approve: { from: ["review"], to: "approved", roles: ["approver"], what: "签发" },
  publish: { from: ["approved"], to: "published", roles: ["editor"], what: "发布" },
  reopen: { from: ["review", "approved"], to: "draft", roles: ["editor", "approver"], what: "退回草稿" },
};

export const transitionInput = z.object({
  action: z.enum(ISSUE_ACTIONS, { error: () => `操作应为 ${ISSUE_ACTIONS.join("、")} 之一` }),
  comment: z.string().trim().max(500, "意见不能超过 500 字").optional(),
});

/** Today in the center's time zone (China Standard Time), as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Moves an issue one step. Submitting and approving run the checks: an error, or a
 * warning without a written reason, refuses the move (issue.checks-failed). Publishing
 * dates the issue (印发日期 = today when empty), renders DOCX, PDF and HTML before
 * the transaction and keeps them with the frozen revision 1; from then on the issue
 * is immutable. `onStep` hears each step of a publication as it begins (校核, each
 * format, 归档), for the progress the page shows.
 *
 * @example
 * await transitionIssue(store, approver, "2026-46", { action: "approve" });
 */
export async function transitionIssue(store: Store, actor: Actor, ref: string, input: unknown, onStep?: (step: PublishStepKey) => void): Promise<StoredIssue> {
  const { action, comment } = parseInput(transitionInput, input, "操作");
  const move = MOVES[action];
  requireRole(actor, move.roles, move.what);
  const issue = await requireIssue(store, actor.centerId, ref);
  const refuse = (i: StoredIssue) => {
    if (!move.from.includes(i.status))
      throw new ZhoubaoError("issue.bad-transition", `${issueLabel(i)}当前为“${ISSUE_STATUS_LABELS[i.status]}”，不能${move.what}。`, { status: i.status, action });
  };
  refuse(issue);
  const publishing = action === "publish";
  if (publishing) onStep?.("check");
  const doc = { ...toDocument(issue), publishedOn: issue.publishedOn ?? (publishing ? localToday() : null) };
  if (action === "submit" || action === "approve" || publishing) assertApprovable(issue, await findingsOf(store, issue, doc, undefined, publishing));
  const files = publishing ? await renderAll(doc, 1, onStep) : [];
  if (publishing) onStep?.("archive");

  return store.transaction(async (tx) => {
    await tx.issueWorkflow.lock(issue.id);
    const current = (await tx.issues.byId(issue.id))!;
    refuse(current);
    if (current.updatedAt !== issue.updatedAt)
      throw new ZhoubaoError("issue.stale", `${issueLabel(current)}在操作期间被修改，请刷新后重试。`, { updatedAt: current.updatedAt });
    const now = new Date().toISOString();
    if (publishing) {
      await tx.issueWorkflow.freeze(issue.id, 1, doc, { reason: null, by: actor.username });
      for (const f of files) await tx.issueDocuments.keep(issue.id, 1, f.format, f.contentType, f.content);
    } else await tx.issueWorkflow.setStatus(issue.id, move.to);
    const stamp =
      action === "submit"
        ? { submittedBy: actor.username, submittedAt: now, approvedBy: null, approvedAt: null }
        : action === "approve"
          ? { approvedBy: actor.username, approvedAt: now }
          : action === "publish"
            ? { publishedBy: actor.username, publishedAt: now }
            : { approvedBy: null, approvedAt: null };
    await tx.issueWorkflow.stamp(issue.id, { ...stamp, comment: comment ?? null });
    const after = (await tx.issues.byId(issue.id))!;
    // The e-mails and webhook calls are queued with the publish itself; the sender delivers them later.
    if (publishing) await enqueueIssueEvent(tx, after, "published");
    await audit(
      tx,
      actor,
      "issue",
      issue.id,
      action,
      publishing ? { status: current.status, document: toDocument(current) } : { status: current.status },
      publishing
        ? { status: after.status, revision: after.revision, document: toDocument(after), files: files.map((f) => ({ format: f.format, bytes: f.content.length })) }
        : { status: after.status, comment: comment ?? null },
    );
    return after;
  });
}
