import { z } from "zod";
import { ZhoubaoError } from "../domain/errors.js";
import { parseInput } from "../domain/validate.js";
import type { Store } from "../store/index.js";
import { userRole, type User } from "../store/repositories/users.js";
import { audit, requireRole, type Actor } from "./actor.js";
import { assertStrongPassword, generatePassword, hashPassword, verifyPassword } from "./passwordHasher.js";

export const username = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{2,31}$/, "用户名应为 3–32 位字母、数字、点、下划线或连字符，且以字母或数字开头");

export const newUserInput = z.object({
  username,
  displayName: z.string().trim().min(1, "请填写姓名").max(40, "姓名不能超过 40 字"),
  role: userRole,
  departmentId: z.number().int().positive().nullable().default(null),
  password: z.string().max(128, "密码不能超过 128 位"),
});
export type NewUserInput = z.input<typeof newUserInput>;

export const userPatchInput = z.object({
  displayName: z.string().trim().min(1, "请填写姓名").max(40, "姓名不能超过 40 字").optional(),
  role: userRole.optional(),
  departmentId: z.number().int().positive().nullable().optional(),
  active: z.boolean().optional(),
  /** A new password set by the admin; the user must change it at the next login. */
  password: z.string().max(128).optional(),
});
export type UserPatchInput = z.input<typeof userPatchInput>;

/**
 * The province role manages centers (issue 19): a center's admin may not grant or take it
 * (a city admin would otherwise make itself the manager of its counties); the command line may.
 */
function assertMayGrant(actor: Actor, role: User["role"], before: User["role"] | null): void {
  if (actor.role === "system" || role === before || (role !== "province" && before !== "province")) return;
  throw new ZhoubaoError("auth.forbidden", "省级管理员账号只能在命令行添加或变更角色：zhoubao user add 用户名 --role province --center 中心编码。", { role });
}

/** A liaison needs an active department of the center; the other roles have none. */
async function departmentFor(store: Store, centerId: number, role: User["role"], departmentId: number | null): Promise<number | null> {
  if (role !== "liaison") return null;
  if (departmentId === null) throw new ZhoubaoError("user.bad-role", "窗口联络员必须绑定一个部门。", { role });
  const dep = (await store.departments.list(centerId)).find((d) => d.id === departmentId);
  if (!dep) throw new ZhoubaoError("department.unknown", `未找到编号为 ${departmentId} 的部门（或已停用）。`, { departmentId });
  return departmentId;
}

/**
 * Creates an account. Through the API (an admin) the user must change the password at
 * first login; at the command line the operator chose it, so it stands.
 *
 * @example
 * await addUser(store, systemActor(center.id), { username: "lisi", displayName: "李四", role: "editor", password: "…" });
 */
export async function addUser(store: Store, actor: Actor, input: unknown): Promise<User> {
  requireRole(actor, ["admin"], "管理用户");
  const u = parseInput(newUserInput, input, "用户");
  assertStrongPassword(u.password, u.username);
  const passwordHash = await hashPassword(u.password);
  return store.transaction(async (tx) => {
    assertMayGrant(actor, u.role, null);
    const departmentId = await departmentFor(tx, actor.centerId, u.role, u.departmentId);
    const created = await tx.users.create(actor.centerId, {
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      departmentId,
      passwordHash,
      mustChangePassword: actor.role !== "system",
    });
    await audit(tx, actor, "user", created.id, "create", null, created);
    return created;
  });
}

/** Changes an account (name, role, department, active, password reset); ends its sessions when access changes. */
export async function updateUser(store: Store, actor: Actor, id: number, input: unknown): Promise<User> {
  requireRole(actor, ["admin"], "管理用户");
  const p = parseInput(userPatchInput, input, "用户");
  const target = await store.users.require(actor.centerId, id);
  if (p.password !== undefined) assertStrongPassword(p.password, target.username);
  // Hash before the transaction: it takes a few hundred ms and must not hold the writer.
  const passwordHash = p.password !== undefined ? await hashPassword(p.password) : undefined;
  return store.transaction(async (tx) => {
    const before = await tx.users.require(actor.centerId, id);
    const role = p.role ?? before.role;
    assertMayGrant(actor, role, before.role);
    const departmentId = await departmentFor(tx, actor.centerId, role, p.departmentId !== undefined ? p.departmentId : before.departmentId);
    const active = p.active ?? before.active;
    if (before.role === "admin" && before.active && (role !== "admin" || !active) && (await tx.users.count(actor.centerId, { role: "admin", activeOnly: true })) <= 1)
      throw new ZhoubaoError("user.last-admin", "这是最后一个启用的管理员账户，不能停用或改为其他角色。", { id });
    const after = await tx.users.update(id, {
      displayName: p.displayName,
      role,
      departmentId,
      active,
      ...(passwordHash !== undefined ? { passwordHash, mustChangePassword: actor.role !== "system" } : {}),
    });
    const accessChanged = p.password !== undefined || !active || role !== before.role || departmentId !== before.departmentId;
    if (accessChanged) await tx.sessions.removeForUser(id);
    await audit(tx, actor, "user", id, p.password !== undefined ? "reset-password" : active === before.active ? "update" : active ? "enable" : "disable", before, after);
    return after;
  });
}

/** Disables an account by username (the CLI's `user disable`). */
export async function disableUser(store: Store, actor: Actor, name: string): Promise<User> {
  const u = await store.users.byUsername(name);
  if (!u || u.centerId !== actor.centerId) throw new ZhoubaoError("user.not-found", `未找到用户“${name}”。`, { username: name });
  return updateUser(store, actor, u.id, { active: false });
}

/** A user changes their own password; the current one must be given. Other sessions end. */
export async function changeOwnPassword(store: Store, actor: Actor & { sessionId?: number }, current: string, next: string): Promise<void> {
  if (actor.userId === null) throw new ZhoubaoError("auth.required", "请先登录。");
  const hash = await store.users.passwordHashOf(actor.userId);
  if (!hash || !(await verifyPassword(current, hash))) throw new ZhoubaoError("auth.invalid-credentials", "当前密码不正确。");
  if (current === next) throw new ZhoubaoError("input.invalid", "新密码不能与当前密码相同。", { field: "password" });
  assertStrongPassword(next, actor.username);
  const passwordHash = await hashPassword(next);
  await store.transaction(async (tx) => {
    await tx.users.update(actor.userId!, { passwordHash, mustChangePassword: false });
    await tx.sessions.removeForUser(actor.userId!, actor.sessionId);
    await audit(tx, actor, "user", actor.userId!, "change-password", null, { mustChangePassword: false });
  });
}

/**
 * On first start, when the center has no account at all: creates `admin` with a
 * generated password, to be shown once and changed at first login. Never a fixed default.
 *
 * @example
 * const first = await ensureInitialAdmin(store, center.id); // { username: "admin", password: "m7Rk…" } or null
 */
export async function ensureInitialAdmin(store: Store, actor: Actor): Promise<{ username: string; password: string } | null> {
  if ((await store.users.count(actor.centerId)) > 0) return null;
  const password = generatePassword(16);
  const passwordHash = await hashPassword(password);
  return store.transaction(async (tx) => {
    if ((await tx.users.count(actor.centerId)) > 0) return null;
    const name = (await tx.users.byUsername("admin")) ? `admin-${actor.centerId}` : "admin";
    const created = await tx.users.create(actor.centerId, { username: name, displayName: "系统管理员", role: "admin", departmentId: null, passwordHash, mustChangePassword: true });
    await audit(tx, actor, "user", created.id, "create", null, created);
    return { username: name, password };
  });
}
