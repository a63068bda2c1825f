import type { Kysely, Selectable } from "kysely";
import { z } from "zod";
import { ZhoubaoError } from "../../domain/errors.js";
import type { Database, UsersTable } from "../schema.js";
import { ROLE_LABELS, USER_ROLES } from "../../domain/roles.js";

export { ROLE_LABELS, USER_ROLES };
export const userRole = z.enum(USER_ROLES, { error: () => `角色应为 ${USER_ROLES.join("、")} 之一` });
export type Role = z.infer<typeof userRole>;

/** An account as the rest of zhoubao sees it: never with its password hash. */
export type User = {
  id: number;
  centerId: number;
  username: string;
  displayName: string;
  role: Role;
  departmentId: number | null;
  department: string | null;
  mustChangePassword: boolean;
  active: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt: string;
};

type Row = Selectable<UsersTable> & { department: string | null };

/** A users row (joined with its department name) as a User, without the hash. */
export function toUser(r: Row): User {
  return {
    id: r.id,
    centerId: r.center_id,
    username: r.username,
    displayName: r.display_name,
    role: r.role as Role,
    departmentId: r.department_id,
    department: r.department,
    mustChangePassword: r.must_change_password === 1,
    active: r.active === 1,
    lastLoginAt: r.last_login_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export type NewUser = {
  username: string;
  displayName: string;
  role: Role;
  departmentId: number | null;
  passwordHash: string;
  mustChangePassword: boolean;
};

export type UserPatch = Partial<Pick<NewUser, "displayName" | "role" | "departmentId" | "passwordHash" | "mustChangePassword">> & {
  active?: boolean;
};

/** Accounts, e.g. await store.users.byUsername("lisi"); the hash only through credentials(). */
export function usersRepository(db: Kysely<Database>) {
  const base = () =>
    db
      .selectFrom("users")
      .leftJoin("departments", "departments.id", "users.department_id")
      .selectAll("users")
      .select("departments.name as department");

  return {
    async list(centerId: number): Promise<User[]> {
      return (await base().where("users.center_id", "=", centerId).orderBy("users.username").execute()).map(toUser);
    },
    async byId(id: number): Promise<User | null> {
      const r = await base().where("users.id", "=", id).executeTakeFirst();
      return r ? toUser(r) : null;
    },
    async require(centerId: number, id: number): Promise<User> {
      const u = await this.byId(id);
      if (!u || u.centerId !== centerId) throw new ZhoubaoError("user.not-found", `未找到编号为 ${id} 的用户。`, { id });
      return u;
    },
    async byUsername(username: string): Promise<User | null> {
      const r = await base().where("users.username", "=", username).executeTakeFirst();
      return r ? toUser(r) : null;
    },
    /** The stored password hash of an account (only the authenticator needs it). */
    async credentials(username: string): Promise<{ user: User; passwordHash: string } | null> {
      const r = await base().where("users.username", "=", username).executeTakeFirst();
      return r ? { user: toUser(r), passwordHash: r.password_hash } : null;
    },
    async passwordHashOf(id: number): Promise<string | null> {
      const r = await db.selectFrom("users").select("password_hash").where("id", "=", id).executeTakeFirst();
      return r?.password_hash ?? null;
    },
    async count(centerId: number, opts: { role?: Role; activeOnly?: boolean } = {}): Promise<number> {
      let q = db.selectFrom("users").select((e) => e.fn.countAll<number>().as("n")).where("center_id", "=", centerId);
      if (opts.role) q = q.where("role", "=", opts.role);
      if (opts.activeOnly) q = q.where("active", "=", 1);
      return Number((await q.executeTakeFirstOrThrow()).n);
    },
    async create(centerId: number, u: NewUser): Promise<User> {
      if (await this.byUsername(u.username))
        throw new ZhoubaoError("user.duplicate", `用户名“${u.username}”已被使用。`, { username: u.username });
      const now = new Date().toISOString();
      const { id } = await db
        .insertInto("users")
        .values({
          center_id: centerId,
          username: u.username,
          display_name: u.displayName,
          role: u.role,
          department_id: u.departmentId,
          password_hash: u.passwordHash,
          must_change_password: u.mustChangePassword ? 1 : 0,
          active: 1,
          created_at: now,
          updated_at: now,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return (await this.byId(id))!;
    },
    async update(id: number, p: UserPatch): Promise<User> {
      await db
        .updateTable("users")
        .set({
          ...(p.displayName !== undefined ? { display_name: p.displayName } : {}),
          ...(p.role !== undefined ? { role: p.role } : {}),
          ...(p.departmentId !== undefined ? { department_id: p.departmentId } : {}),
          ...(p.passwordHash !== undefined ? { password_hash: p.passwordHash } : {}),
          ...(p.mustChangePassword !== undefined ? { must_change_password: p.mustChangePassword ? 1 : 0 } : {}),
          ...(p.active !== undefined ? { active: p.active ? 1 : 0 } : {}),
          updated_at: new Date().toISOString(),
        })
        .where("id", "=", id)
        .execute();
      const u = await this.byId(id);
      if (!u) throw new ZhoubaoError("user.not-found", `未找到编号为 ${id} 的用户。`, { id });
      return u;
    },
    async touchLogin(id: number, at: string): Promise<void> {
      await db.updateTable("users").set({ last_login_at: at }).where("id", "=", id).execute();
    },
  };
}
