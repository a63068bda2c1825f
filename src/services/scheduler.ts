import { Cron } from "croner";
import { z } from "zod";
import { backoffMs, CENTER_TIMEZONE, MAX_JOB_ATTEMPTS, RECURRING_JOB_KINDS, RECURRING_JOBS, scheduleInput, scheduleView, type RecurringJobKind } from "../domain/distribution/index.js";
import { ZhoubaoError } from "../domain/errors.js";
import { parseInput } from "../domain/validate.js";
import type { Store } from "../store/index.js";
import type { Job } from "../store/repositories/jobs.js";
import { audit, requireRole, type Actor } from "./actor.js";
import { remindEditor, remindLiaisons } from "./reminders.js";
import { PermanentJobError, runScheduledPublish } from "./scheduledPublisher.js";

/** A job claimed but unfinished for this long belongs to a scheduler that stopped; it is claimed again. */
const STALE_MS = 15 * 60_000;

/**
 * The first occurrence of `cron` (China time) strictly after `after`; schedule.bad-cron
 * when the expression cannot be read.
 *
 * @example
 * nextOccurrence("0 10 * * 4", new Date("2026-12-03T01:00:00Z")) // 2026-12-03T02:00:00.000Z (Thursday 10:00 CST)
 */
export function nextOccurrence(cron: string, after: Date): Date {
  let next: Date | null = null;
  try {
    next = new Cron(cron, { timezone: CENTER_TIMEZONE, paused: true }).nextRun(after);
  } catch (e) {
    throw new ZhoubaoError("schedule.bad-cron", `提醒时间“${cron}”无法识别（${(e as Error).message}），应写成 cron 表达式，如 0 10 * * 4（每周四 10:00）。`, { cron });
  }
  if (!next) throw new ZhoubaoError("schedule.bad-cron", `提醒时间“${cron}”不会再出现。`, { cron });
  return next;
}

/** Writes each recurring job a center lacks, with its default time, due at its next occurrence after `now`. */
export async function ensureSchedules(store: Store, centerId: number, now: Date): Promise<void> {
  const have = new Set((await store.jobs.recurring(centerId)).map((j) => j.kind));
  for (const kind of RECURRING_JOB_KINDS)
    if (!have.has(kind)) await store.jobs.setRecurring(centerId, kind, RECURRING_JOBS[kind].cron, nextOccurrence(RECURRING_JOBS[kind].cron, now).toISOString(), true);
}

export type ScheduleView = z.infer<typeof scheduleView>;

/** The center's reminder schedules with their next run. */
export async function listSchedules(store: Store, centerId: number, now = new Date()): Promise<ScheduleView[]> {
  await ensureSchedules(store, centerId, now);
  return (await store.jobs.recurring(centerId)).map((j) => ({
    kind: j.kind as RecurringJobKind,
    label: RECURRING_JOBS[j.kind as RecurringJobKind].label,
    cron: j.cron!,
    active: j.status !== "cancelled",
    dueAt: j.status === "cancelled" ? null : j.dueAt,
    lastRunAt: j.lastRunAt,
    lastError: j.lastError,
  }));
}

/** Changes when a reminder runs (admin), e.g. { kind: "remind-liaisons", cron: "30 9 * * 4" }. */
export async function updateSchedule(store: Store, actor: Actor, input: unknown, now = new Date()): Promise<ScheduleView[]> {
  requireRole(actor, ["admin"], "修改提醒时间");
  const s = parseInput(scheduleInput, input, "提醒时间");
  const due = nextOccurrence(s.cron, now);
  await store.transaction(async (tx) => {
    await ensureSchedules(tx, actor.centerId, now);
    await tx.jobs.setRecurring(actor.centerId, s.kind, s.cron, due.toISOString(), s.active);
    await audit(tx, actor, "center", actor.centerId, "schedule", null, s);
  });
  return listSchedules(store, actor.centerId, now);
}

async function runJob(store: Store, job: Job, now: Date): Promise<void> {
  const at = now.toISOString();
  if (job.kind === "publish") {
    await runScheduledPublish(store, job);
    await store.jobs.finish(job.id, at, null);
    return;
  }
  // A reminder writes its notifications and e-mails and moves to its next time in one
  // transaction: a crash in between leaves it due, never sent twice.
  await store.transaction(async (tx) => {
    if (job.kind === "remind-liaisons") await remindLiaisons(tx, job.centerId, at);
    else await remindEditor(tx, job.centerId, at);
    await tx.jobs.finish(job.id, at, nextOccurrence(job.cron!, now).toISOString());
  });
}

/**
 * One tick of the scheduler: makes sure every center has its reminders, then claims the
 * jobs due by `now()` (also those that fell due while the server was down) and runs
 * them. A failure is retried with backoff, then marked failed with its reason.
 *
 * @example
 * await runDueJobs(store, () => new Date());
 */
export async function runDueJobs(store: Store, now: () => Date = () => new Date()): Promise<{ ran: number; failed: number }> {
  const out = { ran: 0, failed: 0 };
  for (const c of await store.centers.list()) await ensureSchedules(store, c.id, now());
  for (;;) {
    const t = now();
    const jobs = await store.jobs.claimDue(t.toISOString(), new Date(t.getTime() - STALE_MS).toISOString());
    if (!jobs.length) return out;
    for (const job of jobs) {
      try {
        await runJob(store, job, t);
        out.ran++;
      } catch (e) {
        out.failed++;
        const attempts = job.attempts + 1;
        const retry = !(e instanceof PermanentJobError) && attempts < MAX_JOB_ATTEMPTS;
        // A recurring reminder that keeps failing waits for its next regular time instead of stopping for good.
        const retryAt = retry ? new Date(t.getTime() + backoffMs(attempts)) : job.cron ? nextOccurrence(job.cron, t) : null;
        await store.jobs.fail(job.id, (e as Error).message ?? String(e), retryAt?.toISOString() ?? null, t.toISOString());
      }
    }
  }
}
