import type { Kysely, Selectable } from "kysely";
import type { JobKind, JobStatus } from "../../domain/distribution/index.js";
import type { Database } from "../schema.js";
import type { JobsTable } from "../schemaDistribution.js";

export type Job = {
  id: number;
  centerId: number;
  kind: JobKind;
  cron: string | null;
  issueId: number | null;
  payload: Record<string, unknown>;
  dueAt: string;
  status: JobStatus;
  attempts: number;
  lastError: string | null;
  lastRunAt: string | null;
};

const jobOf = (r: Selectable<JobsTable>): Job => ({
  id: r.id,
  centerId: r.center_id,
  kind: r.kind as JobKind,
  cron: r.cron,
  issueId: r.issue_id,
  payload: JSON.parse(r.payload) as Record<string, unknown>,
  dueAt: r.due_at,
  status: r.status as JobStatus,
  attempts: r.attempts,
  lastError: r.last_error,
  lastRunAt: r.last_run_at,
});

/**
 * Persisted jobs: a row per recurring reminder of a center (its cron and next due time)
 * and per scheduled publish. Being rows, they outlive a restart: a job that fell due
 * while the server was down is simply due when it comes back.
 */
export function jobsRepository(db: Kysely<Database>) {
  return {
    async recurring(centerId: number): Promise<Job[]> {
      const rows = await db.selectFrom("jobs").selectAll().where("center_id", "=", centerId).where("cron", "is not", null).orderBy("id").execute();
      return rows.map(jobOf);
    },
    /** Writes (or rewrites) a center's recurring job of `kind`: its cron, next due time and whether it runs. */
    async setRecurring(centerId: number, kind: JobKind, cron: string, dueAt: string, active: boolean): Promise<Job> {
      const now = new Date().toISOString();
      const status = active ? "pending" : "cancelled";
      const existing = await db.selectFrom("jobs").select("id").where("center_id", "=", centerId).where("kind", "=", kind).where("cron", "is not", null).executeTakeFirst();
      const r = existing
        ? await db
            .updateTable("jobs")
            .set({ cron, due_at: dueAt, status, attempts: 0, last_error: null, claimed_at: null, updated_at: now })
            .where("id", "=", existing.id)
            .returningAll()
            .executeTakeFirstOrThrow()
        : await db
            .insertInto("jobs")
            .values({ center_id: centerId, kind, cron, issue_id: null, payload: "{}", due_at: dueAt, status, attempts: 0, created_at: now, updated_at: now })
            .returningAll()
            .executeTakeFirstOrThrow();
      return jobOf(r);
    },
    /** Schedules a one-off job (a publish), cancelling a pending one of the same kind for the issue. */
    async scheduleOnce(centerId: number, kind: JobKind, issueId: number, dueAt: string, payload: Record<string, unknown>): Promise<Job> {
      const now = new Date().toISOString();
      await this.cancelOnce(centerId, kind, issueId);
      const r = await db
        .insertInto("jobs")
        .values({ center_id: centerId, kind, cron: null, issue_id: issueId, payload: JSON.stringify(payload), due_at: dueAt, status: "pending", attempts: 0, created_at: now, updated_at: now })
        .returningAll()
        .executeTakeFirstOrThrow();
      return jobOf(r);
    },
    async cancelOnce(centerId: number, kind: JobKind, issueId: number): Promise<boolean> {
      const r = await db
        .updateTable("jobs")
        .set({ status: "cancelled", updated_at: new Date().toISOString() })
        .where("center_id", "=", centerId)
        .where("kind", "=", kind)
        .where("issue_id", "=", issueId)
        .where("status", "=", "pending")
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
    /** The latest one-off job of `kind` for an issue (pending, done, failed or cancelled). */
    async latestOnce(centerId: number, kind: JobKind, issueId: number): Promise<Job | null> {
      const r = await db
        .selectFrom("jobs")
        .selectAll()
        .where("center_id", "=", centerId)
        .where("kind", "=", kind)
        .where("issue_id", "=", issueId)
        .orderBy("id", "desc")
        .executeTakeFirst();
      return r ? jobOf(r) : null;
    },
    /**
     * Claims due jobs atomically: pending ones due by `now`, and running ones whose runner
     * stopped before `staleBefore` (a crash mid-run). The update re-checks the condition,
     * so of two schedulers only one gets a job.
     */
    async claimDue(now: string, staleBefore: string, limit = 10): Promise<Job[]> {
      const due = (q: any) =>
        q.where((eb: any) =>
          eb.or([eb.and([eb("status", "=", "pending"), eb("due_at", "<=", now)]), eb.and([eb("status", "=", "running"), eb("claimed_at", "<", staleBefore)])]),
        );
      const ids: number[] = (await due(db.selectFrom("jobs").select("id")).orderBy("due_at").orderBy("id").limit(limit).execute()).map((r: { id: number }) => r.id);
      if (!ids.length) return [];
      const rows = await due(db.updateTable("jobs").set({ status: "running", claimed_at: now, updated_at: now }).where("id", "in", ids)).returningAll().execute();
      return (rows as Selectable<JobsTable>[]).map(jobOf).sort((a, b) => a.id - b.id);
    },
    /** A run ended well: a recurring job waits for `nextDueAt`, a one-off is done. */
    async finish(id: number, now: string, nextDueAt: string | null): Promise<void> {
      await db
        .updateTable("jobs")
        .set({ status: nextDueAt ? "pending" : "done", due_at: nextDueAt ?? now, attempts: 0, last_error: null, last_run_at: now, claimed_at: null, updated_at: now })
        .where("id", "=", id)
        .execute();
    },
    /** A run failed: retried at `retryAt`, or failed for good when null. */
    async fail(id: number, error: string, retryAt: string | null, now: string): Promise<void> {
      await db
        .updateTable("jobs")
        .set((eb) => ({
          status: retryAt ? "pending" : "failed",
          due_at: retryAt ?? now,
          attempts: eb("attempts", "+", 1),
          last_error: error.slice(0, 2000),
          last_run_at: now,
          claimed_at: null,
          updated_at: now,
        }))
        .where("id", "=", id)
        .execute();
    },
  };
}
