import { z } from "zod";
import { queryInt } from "../domain/model/bounded.js";
import { pageQuery, pageWindow, type PageInfo } from "../domain/model/paging.js";
import { ZhoubaoError } from "../domain/errors.js";
import { parseInput } from "../domain/validate.js";
import type { Store } from "../store/index.js";
import {
  leaderVisitSubmission,
  newsSubmission,
  SUBMISSION_STATUSES,
  type Submission,
  type SubmissionContent,
} from "../store/repositories/submissions.js";
import { audit, requireRole, type Actor } from "./actor.js";
import { requireIssue } from "./issueLocator.js";
import { assertTarget, destination, draftDestination, type Destination } from "./submissionTarget.js";

const issueField = { issue: z.string().optional().describe("期号，如 2026-46；缺省为当前草稿期") };
/** What a liaison sends: a news item for a news section, or a leader visit; for the current issue or a named one. */
export const submissionInput = z.discriminatedUnion("kind", [newsSubmission.extend(issueField), leaderVisitSubmission.extend(issueField)]);

export const submissionFilter = pageQuery.extend({
  issue: z.string().optional(),
  status: z.enum(SUBMISSION_STATUSES).optional(),
  departmentId: queryInt().optional(),
});

/** A submission the actor may see: liaisons only their own department's (others answer not-found, not forbidden). */
export async function requireSubmission(store: Store, actor: Actor, id: number): Promise<Submission> {
  const s = await store.submissions.byId(actor.centerId, id);
  if (!s || (actor.role === "liaison" && s.departmentId !== actor.departmentId))
    throw new ZhoubaoError("submission.not-found", `未找到编号为 ${id} 的报送。`, { id });
  return s;
}

function ownDepartment(actor: Actor): number {
  requireRole(actor, ["liaison"], "报送稿件");
  if (actor.departmentId === null) throw new ZhoubaoError("user.bad-role", "当前账户未绑定部门，不能报送。请联系管理员。");
  return actor.departmentId;
}

function editable(s: Submission, what: string): void {
  if (s.status !== "draft" && s.status !== "returned")
    throw new ZhoubaoError("submission.bad-state", `该报送${s.status === "submitted" ? "已报送，等待编辑处理" : "已被采用"}，不能${what}。`, { status: s.status });
}

/**
 * A liaison starts an item for their department (a draft).
 *
 * @example
 * await createSubmission(store, liaison, { kind: "news", sectionId, text: "…" });
 */
export async function createSubmission(store: Store, actor: Actor, input: unknown): Promise<Submission> {
  const departmentId = ownDepartment(actor);
  const { issue: ref, ...content } = parseInput(submissionInput, input, "报送");
  const to = await destination(store, actor.centerId, ref);
  assertTarget(to, content);
  return store.transaction(async (tx) => {
    const s = await tx.submissions.create({ centerId: actor.centerId, issueId: to.issue?.id ?? null, departmentId, authorId: actor.userId!, content });
    await audit(tx, actor, "submission", s.id, "create", null, s);
    return s;
  });
}

/**
 * Where an existing item goes: the named issue, else its own issue, else (a waiting
 * item) the current draft if one has appeared, or still the next issue.
 */
async function destinationOf(tx: Store, actor: Actor, issueId: number | null, ref: string | undefined): Promise<Destination> {
  const own = !ref && issueId !== null ? await tx.issues.byId(issueId) : null;
  return own ? draftDestination(own) : destination(tx, actor.centerId, ref);
}

/** A liaison rewrites a draft or a returned item (the editor's comment stays until it is submitted again). */
export async function editSubmission(store: Store, actor: Actor, id: number, input: unknown): Promise<Submission> {
  ownDepartment(actor);
  const { issue: ref, ...content } = parseInput(submissionInput, input, "报送");
  return store.transaction(async (tx) => {
    const before = await requireSubmission(tx, actor, id);
    editable(before, "修改");
    const to = await destinationOf(tx, actor, before.issueId, ref);
    assertTarget(to, content);
    const after = await tx.submissions.update(actor.centerId, id, { content, ...(to.issue ? { issueId: to.issue.id } : {}) });
    await audit(tx, actor, "submission", id, "update", before, after);
    return after;
  });
}

/** A liaison sends a draft or a reworked item to the editor. */
export async function submitSubmission(store: Store, actor: Actor, id: number): Promise<Submission> {
  ownDepartment(actor);
  return store.transaction(async (tx) => {
    const before = await requireSubmission(tx, actor, id);
    editable(before, "再次报送");
    const to = await destinationOf(tx, actor, before.issueId, undefined);
    assertTarget(to, before.content);
    const submittedAt = new Date().toISOString();
    const after = await tx.submissions.update(actor.centerId, id, { status: "submitted", submittedAt, ...(to.issue ? { issueId: to.issue.id } : {}) });
    await audit(tx, actor, "submission", id, "submit", before, after);
    return after;
  });
}

/** A liaison deletes a draft or a returned item. */
export async function withdrawSubmission(store: Store, actor: Actor, id: number): Promise<void> {
  ownDepartment(actor);
  await store.transaction(async (tx) => {
    const before = await requireSubmission(tx, actor, id);
    editable(before, "撤回");
    await tx.submissions.remove(actor.centerId, id);
    await audit(tx, actor, "submission", id, "delete", before, null);
  });
}

/** One page of the submissions the actor may see, newest first, and their total; a liaison's list is always their own department's. */
export async function listSubmissions(store: Store, actor: Actor, query: unknown): Promise<{ submissions: Submission[] } & PageInfo> {
  requireRole(actor, ["liaison", "editor", "approver"], "查看报送");
  const f = parseInput(submissionFilter, query, "查询条件");
  const issueId = f.issue ? (await requireIssue(store, actor.centerId, f.issue)).id : undefined;
  const departmentId = actor.role === "liaison" ? (actor.departmentId ?? -1) : f.departmentId;
  const filter = { issueId, departmentId, status: f.status };
  const [submissions, total] = await Promise.all([store.submissions.list(actor.centerId, { ...filter, ...pageWindow(f) }), store.submissions.count(actor.centerId, filter)]);
  return { submissions, total, page: f.page, pageSize: f.pageSize };
}
