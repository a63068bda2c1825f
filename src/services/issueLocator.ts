import { ZhoubaoError } from "../domain/errors.js";
import { ISSUE_STATUS_LABELS, parseIssueRef, type StoredIssue } from "../domain/model/issue.js";
import type { Store } from "../store/index.js";

/** "2023年第49期" */
export const issueLabel = (i: { year: number; seq: number }) => `${i.year}年第${i.seq}期`;

/**
 * The issue a reference names ("2023-49"), or issue.bad-ref / issue.not-found.
 *
 * @example
 * const issue = await requireIssue(store, centerId, "2023-49");
 */
export async function requireIssue(store: Store, centerId: number, ref: string): Promise<StoredIssue> {
  const r = parseIssueRef(ref);
  if (!r) throw new ZhoubaoError("issue.bad-ref", `期号“${ref}”格式不对，应为 年份-期号，例如 2023-49。`, { ref });
  return store.issues.require(centerId, r.year, r.seq);
}

/**
 * The issue a submission or an inspection goes to when none is named: the newest
 * issue still in draft. issue.none-yet when every issue has left the draft state.
 */
export async function currentIssue(store: Store, centerId: number): Promise<StoredIssue> {
  const draft = await currentDraft(store, centerId);
  if (!draft) throw new ZhoubaoError("issue.none-yet", "目前没有处于草稿状态的周报，请等编辑新建本期后再报送。");
  return draft;
}

/** The newest issue still in draft, or null when every issue has left the draft state. */
export async function currentDraft(store: Store, centerId: number): Promise<StoredIssue | null> {
  const latest = (await store.issueIndex.list(centerId, { status: "draft", limit: 1 }))[0];
  return latest ? store.issues.require(centerId, latest.year, latest.seq) : null;
}

/** The named issue, or the current draft when `ref` is absent. */
export async function issueOrCurrent(store: Store, centerId: number, ref: string | null | undefined): Promise<StoredIssue> {
  return ref ? requireIssue(store, centerId, ref) : currentIssue(store, centerId);
}

/**
 * Refuses a change to an issue that is not a draft: a published issue is immutable
 * (corrections make a revision); one under review or approved is locked until it is
 * sent back to draft.
 */
export function assertDraft(issue: StoredIssue, what = "修改"): void {
  if (issue.status === "published")
    throw new ZhoubaoError("issue.immutable", `${issueLabel(issue)}已发布，不能${what}；如需更正请提交更正并写明理由。`, { status: issue.status });
  if (issue.status !== "draft")
    throw new ZhoubaoError("issue.locked", `${issueLabel(issue)}${ISSUE_STATUS_LABELS[issue.status]}，不能${what}；请先退回草稿。`, { status: issue.status });
}

/**
 * Roles that read only published issues in full: a draft is the editors' internal
 * work. Readers do not see drafts at all; contributors (liaisons, inspectors,
 * assessors) see that they exist and a reduced view of them (draftScope.ts), never
 * their documents, Facts, search hits or dashboard figures.
 */
const PUBLISHED_ONLY = new Set(["reader", "liaison", "inspector", "assessor"]);

/** True when the actor may see issues that are not yet published, whole. */
export const seesDrafts = (role: string) => !PUBLISHED_ONLY.has(role);

/** True when the actor may know of drafts (the issue list, a reduced view): all but readers. */
export const knowsDrafts = (role: string) => role !== "reader";

/**
 * The issue a reference names, as far as the actor may see it whole: only editorial
 * roles see an unpublished one. With `knowing`, a draft is also returned to those who
 * may know of it (the caller then presents it reduced).
 */
export async function requireVisibleIssue(store: Store, actor: { centerId: number; role: string }, ref: string, knowing = false): Promise<StoredIssue> {
  const issue = await requireIssue(store, actor.centerId, ref);
  if (!(knowing ? knowsDrafts : seesDrafts)(actor.role) && issue.status !== "published")
    throw new ZhoubaoError("issue.not-found", `未找到${issueLabel(issue)}周报。`, { year: issue.year, seq: issue.seq });
  return issue;
}
