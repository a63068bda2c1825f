import { z } from "zod";
import { scheduledPublishInput, scheduledPublishView } from "../domain/distribution/index.js";
import { ZhoubaoError } from "../domain/errors.js";
import { parseInput } from "../domain/validate.js";
import type { Store } from "../store/index.js";
import type { Job } from "../store/repositories/jobs.js";
import { audit, requireRole, userActor, type Actor } from "./actor.js";
import { issueLabel, requireIssue } from "./issueLocator.js";
import { transitionIssue } from "./issuePublisher.js";

/** A job failure that retrying cannot fix: the job is marked failed at once. */
export class PermanentJobError extends Error {}

export type ScheduledPublish = z.infer<typeof scheduledPublishView>;
const WHO = ["editor", "approver"] as const;
const MAX_AHEAD_MS = 60 * 24 * 3600_000;

const viewOf = (j: Job): ScheduledPublish => ({ id: j.id, dueAt: j.dueAt, status: j.status, attempts: j.attempts, lastError: j.lastError, by: String(j.payload.by ?? "") });

/**
 * 定时发布: after 签发 the approver or the editor picks when the issue goes out; the
 * scheduler publishes it then (as that account). A new time replaces the pending one.
 *
 * @example
 * await schedulePublish(store, approver, "2026-47", { at: "2026-11-27T09:00:00+08:00" });
 */
export async function schedulePublish(store: Store, actor: Actor, ref: string, input: unknown, now = new Date()): Promise<ScheduledPublish> {
  requireRole(actor, WHO, "定时发布");
  const { at } = parseInput(scheduledPublishInput, input, "定时发布");
  const due = new Date(at);
  if (due.getTime() <= now.getTime() || due.getTime() - now.getTime() > MAX_AHEAD_MS)
    throw new ZhoubaoError("schedule.bad-time", `定时发布时间须在现在之后、60 天以内（收到 ${at}）。`, { at });
  const issue = await requireIssue(store, actor.centerId, ref);
  if (issue.status !== "approved")
    throw new ZhoubaoError("issue.bad-transition", `${issueLabel(issue)}尚未签发，签发后才能定时发布。`, { status: issue.status });
  return store.transaction(async (tx) => {
    const job = await tx.jobs.scheduleOnce(actor.centerId, "publish", issue.id, due.toISOString(), { by: actor.username, userId: actor.userId });
    await audit(tx, actor, "issue", issue.id, "schedule-publish", null, { dueAt: job.dueAt });
    return viewOf(job);
  });
}

export async function cancelScheduledPublish(store: Store, actor: Actor, ref: string): Promise<void> {
  requireRole(actor, WHO, "取消定时发布");
  const issue = await requireIssue(store, actor.centerId, ref);
  await store.transaction(async (tx) => {
    if (!(await tx.jobs.cancelOnce(actor.centerId, "publish", issue.id)))
      throw new ZhoubaoError("schedule.not-found", `${issueLabel(issue)}没有待执行的定时发布。`, { ref });
    await audit(tx, actor, "issue", issue.id, "cancel-scheduled-publish", null, null);
  });
}

/** The latest scheduled publish of an issue (pending, done, failed or cancelled), or null. */
export async function scheduledPublishOf(store: Store, actor: Actor, ref: string): Promise<ScheduledPublish | null> {
  const issue = await requireIssue(store, actor.centerId, ref);
  const j = await store.jobs.latestOnce(actor.centerId, "publish", issue.id);
  return j ? viewOf(j) : null;
}

/**
 * Runs a due publish job as the account that scheduled it. An issue published meanwhile
 * (by hand, or by this job before a crash) counts as done.
 */
export async function runScheduledPublish(store: Store, job: Job): Promise<void> {
  const issue = job.issueId ? await store.issues.byId(job.issueId) : null;
  if (!issue || issue.status === "published") return;
  if (issue.status !== "approved") throw new PermanentJobError(`${issueLabel(issue)}已退回，不再是“已签发”状态，定时发布取消`);
  const user = typeof job.payload.userId === "number" ? await store.users.byId(job.payload.userId) : null;
  if (!user || !user.active) throw new Error(`安排定时发布的账号 ${String(job.payload.by)} 已不存在或已停用`);
  // The role was checked when the time was set (editor or approver); publishing itself is the editor's move.
  const actor: Actor = { ...userActor(user, null), role: "system" };
  await transitionIssue(store, actor, `${issue.year}-${issue.seq}`, { action: "publish", comment: "定时发布" });
}
