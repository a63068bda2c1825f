import type { Kysely } from "kysely";
import type { NotificationView } from "../../domain/distribution/index.js";
import type { Database } from "../schema.js";

/** An account a reminder goes to, with the address it is reminded at (if it gave one). */
export type Addressee = { userId: number; username: string; displayName: string; departmentId: number | null; email: string | null };

/** In-app notifications (the bell of the web app) and the e-mail address each account is reminded at. */
export function notificationsRepository(db: Kysely<Database>) {
  return {
    async add(centerId: number, rows: { userId: number; kind: string; message: string; link: string | null }[], now = new Date().toISOString()): Promise<void> {
      if (!rows.length) return;
      await db
        .insertInto("notifications")
        .values(rows.map((r) => ({ center_id: centerId, user_id: r.userId, kind: r.kind, message: r.message, link: r.link, created_at: now, read_at: null })))
        .execute();
    },
    async list(userId: number, opts: { limit?: number } = {}): Promise<NotificationView[]> {
      const rows = await db.selectFrom("notifications").selectAll().where("user_id", "=", userId).orderBy("id", "desc").limit(opts.limit ?? 50).execute();
      return rows.map((r) => ({ id: r.id, kind: r.kind, message: r.message, link: r.link, createdAt: r.created_at, readAt: r.read_at }));
    },
    async unread(userId: number): Promise<number> {
      const r = await db.selectFrom("notifications").select((eb) => eb.fn.countAll<number>().as("n")).where("user_id", "=", userId).where("read_at", "is", null).executeTakeFirstOrThrow();
      return Number(r.n);
    },
    /** Marks the account's notifications read (all of them, or those in `ids`). */
    async markRead(userId: number, ids: number[] | null, now = new Date().toISOString()): Promise<void> {
      let q = db.updateTable("notifications").set({ read_at: now }).where("user_id", "=", userId).where("read_at", "is", null);
      if (ids) q = q.where("id", "in", ids.length ? ids : [-1]);
      await q.execute();
    },
    async email(userId: number): Promise<string | null> {
      return (await db.selectFrom("user_emails").select("email").where("user_id", "=", userId).executeTakeFirst())?.email ?? null;
    },
    /** Sets (or with null removes) the address an account is reminded at. */
    async setEmail(userId: number, email: string | null): Promise<void> {
      await db.deleteFrom("user_emails").where("user_id", "=", userId).execute();
      if (email) await db.insertInto("user_emails").values({ user_id: userId, email, updated_at: new Date().toISOString() }).execute();
    },
    /** Active accounts of a center with `role` (liaisons: of `departmentIds` only), with their reminder address. */
    async addressees(centerId: number, role: string, departmentIds?: number[]): Promise<Addressee[]> {
      let q = db
        .selectFrom("users as u")
        .leftJoin("user_emails as e", "e.user_id", "u.id")
        .select(["u.id", "u.username", "u.display_name", "u.department_id", "e.email"])
        .where("u.center_id", "=", centerId)
        .where("u.role", "=", role)
        .where("u.active", "=", 1);
      if (departmentIds) q = q.where("u.department_id", "in", departmentIds.length ? departmentIds : [-1]);
      const rows = await q.orderBy("u.id").execute();
      return rows.map((r) => ({ userId: r.id, username: r.username, displayName: r.display_name, departmentId: r.department_id, email: r.email ?? null }));
    },
    /** Departments that have a submission for the issue that was at least sent in (submitted, accepted or returned). */
    async departmentsThatSubmitted(issueId: number): Promise<number[]> {
      const rows = await db.selectFrom("submissions").select("department_id").distinct().where("issue_id", "=", issueId).where("status", "!=", "draft").execute();
      return rows.map((r) => r.department_id);
    },
  };
}
