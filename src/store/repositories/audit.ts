import type { Kysely } from "kysely";
import type { Database } from "../schema.js";

/** What the audit log covers. */
export const AUDIT_ENTITIES = ["issue", "submission", "inspection", "assessment", "user", "department", "calendar", "center", "template", "ledger", "token", "distribution"] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export type AuditEntry = {
  id: number;
  at: string;
  actorId: number | null;
  actor: string;
  /** The actor's 姓名 as the users table has it now; null for the command line and removed accounts. */
  actorName: string | null;
  address: string | null;
  entity: AuditEntity;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
};

export type NewAuditEntry = Omit<AuditEntry, "id" | "at" | "actorName"> & { at?: string };

export type AuditFilter = {
  entity?: AuditEntity;
  entityId?: string;
  actor?: string;
  action?: string;
  /** Inclusive bounds on `at` (ISO timestamps). */
  from?: string;
  to?: string;
  /** Entries with an id below this one (paging backwards). */
  beforeId?: number;
  limit?: number;
};

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

/**
 * The audit log: who changed what when, with the entity before and after. Written by
 * the services in the same transaction as the change, so the log never claims a change
 * that was rolled back nor misses one that was kept.
 */
export function auditRepository(db: Kysely<Database>) {
  return {
    async record(centerId: number, e: NewAuditEntry): Promise<void> {
      await db
        .insertInto("audit_log")
        .values({
          center_id: centerId,
          at: e.at ?? new Date().toISOString(),
          actor_id: e.actorId,
          actor: e.actor,
          address: e.address,
          entity: e.entity,
          entity_id: e.entityId,
          action: e.action,
          before: json(e.before),
          after: json(e.after),
        })
        .execute();
    },
    /** Newest first. */
    async list(centerId: number, f: AuditFilter = {}): Promise<AuditEntry[]> {
      let q = db
        .selectFrom("audit_log")
        .leftJoin("users", "users.id", "audit_log.actor_id")
        .selectAll("audit_log")
        .select("users.display_name as actor_name")
        .where("audit_log.center_id", "=", centerId);
      if (f.entity) q = q.where("audit_log.entity", "=", f.entity);
      if (f.entityId) q = q.where("audit_log.entity_id", "=", f.entityId);
      if (f.actor) q = q.where("audit_log.actor", "=", f.actor);
      if (f.action) q = q.where("audit_log.action", "=", f.action);
      if (f.from) q = q.where("audit_log.at", ">=", f.from);
      if (f.to) q = q.where("audit_log.at", "<=", f.to);
      if (f.beforeId) q = q.where("audit_log.id", "<", f.beforeId);
      const rows = await q.orderBy("audit_log.id", "desc").limit(f.limit ?? 100).execute();
      return rows.map((r) => ({
        id: r.id,
        at: r.at,
        actorId: r.actor_id,
        actor: r.actor,
        actorName: r.actor_name ?? null,
        address: r.address,
        entity: r.entity as AuditEntity,
        entityId: r.entity_id,
        action: r.action,
        before: r.before === null ? null : JSON.parse(r.before),
        after: r.after === null ? null : JSON.parse(r.after),
      }));
    },
  };
}
