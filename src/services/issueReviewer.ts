import { ZhoubaoError } from "../domain/errors.js";
import { compareIssues } from "../domain/review/compare.js";
import { newComment, type IssueComparison, type ReviewComment } from "../domain/review/model.js";
import { findSection } from "../domain/tree.js";
import { parseInput } from "../domain/validate.js";
import type { Store } from "../store/index.js";
import { toDocument } from "../store/index.js";
import { audit, requireRole, type Actor } from "./actor.js";
import { issueLabel, requireIssue } from "./issueLocator.js";

/** Who reads the 审阅: the approver, and the editors who answer the comments. */
const READERS = ["editor", "approver"] as const;

/**
 * The 审阅 of an issue: what changed since the issue before it (text marked word by
 * word, each figure with its delta) and the comments per section.
 *
 * @example
 * const { comparison, comments } = await reviewOf(store, approver, "2026-47");
 */
export async function reviewOf(store: Store, actor: Actor, ref: string): Promise<{ comparison: IssueComparison; comments: ReviewComment[] }> {
  requireRole(actor, READERS, "审阅周报");
  const issue = await requireIssue(store, actor.centerId, ref);
  const previous = await store.issues.previous(actor.centerId, issue);
  const comparison = compareIssues(toDocument(issue), previous && toDocument(previous), previous && `${previous.year}-${previous.seq}`);
  return { comparison, comments: await store.reviewComments.list(issue.id) };
}

/** An issue's comments (open first), for the editor's list beside the sections. */
export async function commentsOf(store: Store, actor: Actor, ref: string): Promise<ReviewComment[]> {
  requireRole(actor, READERS, "查看审阅意见");
  return store.reviewComments.list((await requireIssue(store, actor.centerId, ref)).id);
}

/**
 * The approver's comment on one section of an issue not yet published. Refused, with
 * nothing written: an empty text (review.comment-empty), a section not in the issue
 * (review.unknown-section), a published issue (issue.immutable).
 */
export async function addComment(store: Store, actor: Actor, ref: string, input: unknown): Promise<ReviewComment> {
  requireRole(actor, ["approver"], "写审阅意见");
  const { sectionId, text } = parseInput(newComment, input, "审阅意见");
  const issue = await requireIssue(store, actor.centerId, ref);
  if (issue.status === "published")
    throw new ZhoubaoError("issue.immutable", `${issueLabel(issue)}已发布，不能再写审阅意见。`, { status: issue.status });
  if (!text.trim()) throw new ZhoubaoError("review.comment-empty", "请填写审阅意见。");
  const section = findSection(issue.sections, sectionId);
  if (!section) throw new ZhoubaoError("review.unknown-section", `${issueLabel(issue)}没有这个栏目，可能已被编辑删除，请刷新后重试。`, { sectionId });
  return store.transaction(async (tx) => {
    const c = await tx.reviewComments.add(actor.centerId, issue.id, { sectionId, heading: section.heading, text: text.trim(), by: actor.username, byName: actor.displayName });
    await audit(tx, actor, "issue", issue.id, "comment", null, { comment: c.id, sectionId, heading: c.heading, text: c.text });
    // The editors learn of it by the bell in the header, with the comment's words.
    const editors = await tx.notifications.addressees(actor.centerId, "editor");
    const message = `${actor.displayName}对${issueLabel(issue)}“${c.heading}”提出审阅意见：${c.text.length > 60 ? `${c.text.slice(0, 60)}…` : c.text}`;
    await tx.notifications.add(actor.centerId, editors.map((e) => ({ userId: e.userId, kind: "review-comment", message, link: `/editor/${issue.year}-${issue.seq}` })));
    return c;
  });
}

/** The editor marks a comment resolved; it stays listed as resolved. */
export async function resolveComment(store: Store, actor: Actor, ref: string, id: number): Promise<ReviewComment> {
  requireRole(actor, ["editor"], "处理审阅意见");
  const issue = await requireIssue(store, actor.centerId, ref);
  const refuse = () => new ZhoubaoError("review.comment-resolved", "这条审阅意见已处理。", { id });
  const before = await store.reviewComments.get(issue.id, id);
  if (!before) throw new ZhoubaoError("review.comment-not-found", `${issueLabel(issue)}没有第 ${id} 条审阅意见。`, { id });
  if (before.status === "resolved") throw refuse();
  return store.transaction(async (tx) => {
    if (!(await tx.reviewComments.resolve(issue.id, id, actor.username))) throw refuse();
    const after = (await tx.reviewComments.get(issue.id, id))!;
    await audit(tx, actor, "issue", issue.id, "resolve-comment", { comment: id, status: before.status }, { comment: id, status: after.status });
    return after;
  });
}
