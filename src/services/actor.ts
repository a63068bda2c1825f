import { userInfo } from "node:os";
import { ZhoubaoError } from "../domain/errors.js";
import type { Store } from "../store/index.js";
import type { AuditEntity } from "../store/repositories/audit.js";
import { ROLE_LABELS, type Role, type User } from "../store/repositories/users.js";

/**
 * Who is acting: a signed-in account (from the server) or the operator at the
 * command line ("system", who may do everything the CLI offers). Every service takes
 * one, checks what it may do and names it in the audit log.
 */
export type Actor = {
  userId: number | null;
  username: string;
  displayName: string;
  role: Role | "system";
  centerId: number;
  departmentId: number | null;
  department: string | null;
  address: string | null;
};

/** The actor of a signed-in account. */
export function userActor(u: User, address: string | null): Actor {
  return {
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    centerId: u.centerId,
    departmentId: u.departmentId,
    department: u.department,
    address,
  };
}

/**
 * The operator at the command line, named after the OS account.
 *
 * @example
 * systemActor(center.id) // { username: "system:root", role: "system", … }
 */
export function systemActor(centerId: number): Actor {
  let os = "unknown";
  try {
    os = userInfo().username;
  } catch {
    // No passwd entry (some containers): keep "unknown".
  }
  return { userId: null, username: `system:${os}`, displayName: "命令行", role: "system", centerId, departmentId: null, department: null, address: null };
}

/**
 * Refuses (auth.forbidden) an actor whose role is not among `roles`; the system actor passes.
 *
 * @example
 * requireRole(actor, ["editor"], "采用报送稿件");
 */
export function requireRole(actor: Actor, roles: readonly Role[], what: string): void {
  if (actor.role === "system" || roles.includes(actor.role)) return;
  throw new ZhoubaoError("auth.forbidden", `当前角色（${ROLE_LABELS[actor.role]}）无权${what}。`, { role: actor.role, allowed: roles });
}

/**
 * Writes one audit entry in the transaction `tx` the change is made in.
 *
 * @example
 * await audit(tx, actor, "submission", s.id, "submit", before, after);
 */
export async function audit(
  tx: Store,
  actor: Actor,
  entity: AuditEntity,
  entityId: number | string,
  action: string,
  before: unknown,
  after: unknown,
): Promise<void> {
  await tx.audit.record(actor.centerId, {
    actorId: actor.userId,
    actor: actor.username,
    address: actor.address,
    entity,
    entityId: String(entityId),
    action,
    before: before ?? null,
    after: after ?? null,
  });
}
