import { ZhoubaoError } from "../domain/errors.js";
import type { Store } from "../store/index.js";
import type { AuditEntity, AuditEntry } from "../store/repositories/audit.js";
import { requireRole, type Actor } from "./actor.js";

export type AuditQuery = {
  entity?: AuditEntity;
  entityId?: string;
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
  before?: number;
  limit: number;
};

/** A bound as an ISO instant: a bare date is a day in China Standard Time (the start, or the end when `end`). */
function instant(v: string, end: boolean): string {
  const t = /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(`${v}T${end ? "23:59:59.999" : "00:00:00.000"}+08:00`) : Date.parse(v);
  if (Number.isNaN(t)) throw new ZhoubaoError("input.invalid", `时间“${v}”格式不对，应为 YYYY-MM-DD 或 ISO 时间。`, { value: v });
  return new Date(t).toISOString();
}

/**
 * A page of the audit log, newest first, with the id to continue from.
 *
 * @example
 * await readAudit(store, editor, { entity: "issue", entityId: "12", limit: 50 }) // { entries, next }
 */
export async function readAudit(store: Store, actor: Actor, q: AuditQuery): Promise<{ entries: AuditEntry[]; next: number | null }> {
  requireRole(actor, ["admin", "editor"], "查看审计日志");
  const entries = await store.audit.list(actor.centerId, {
    entity: q.entity,
    entityId: q.entityId,
    actor: q.actor,
    action: q.action,
    from: q.from ? instant(q.from, false) : undefined,
    to: q.to ? instant(q.to, true) : undefined,
    beforeId: q.before,
    limit: q.limit + 1,
  });
  const more = entries.length > q.limit;
  const page = more ? entries.slice(0, q.limit) : entries;
  return { entries: page, next: more ? page[page.length - 1].id : null };
}
