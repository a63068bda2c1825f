import type { Kysely } from "kysely";
import type { Database } from "../schema.js";
import { toUser, type User } from "./users.js";

export type StoredSession = {
  id: number;
  userId: number;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  user: User;
};

/** Login sessions, found by the SHA-256 of their token (never the token itself). */
export function sessionsRepository(db: Kysely<Database>) {
  return {
    async create(s: { userId: number; tokenHash: string; now: string; expiresAt: string; address: string | null; userAgent: string | null }): Promise<number> {
      const r = await db
        .insertInto("sessions")
        .values({
          user_id: s.userId,
          token_hash: s.tokenHash,
          created_at: s.now,
          last_seen_at: s.now,
          expires_at: s.expiresAt,
          address: s.address,
          user_agent: s.userAgent?.slice(0, 300) ?? null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return r.id;
    },
    /** The session of a token hash with its account, whatever its age (the caller judges expiry). */
    async find(tokenHash: string): Promise<StoredSession | null> {
      const r = await db
        .selectFrom("sessions")
        .innerJoin("users", "users.id", "sessions.user_id")
        .leftJoin("departments", "departments.id", "users.department_id")
        .selectAll("users")
        .select([
          "departments.name as department",
          "sessions.id as session_id",
          "sessions.created_at as session_created_at",
          "sessions.last_seen_at",
          "sessions.expires_at",
        ])
        .where("sessions.token_hash", "=", tokenHash)
        .executeTakeFirst();
      if (!r) return null;
      return {
        id: r.session_id,
        userId: r.id,
        createdAt: r.session_created_at,
        lastSeenAt: r.last_seen_at,
        expiresAt: r.expires_at,
        user: toUser(r),
      };
    },
    async touch(id: number, at: string): Promise<void> {
      await db.updateTable("sessions").set({ last_seen_at: at }).where("id", "=", id).execute();
    },
    async remove(id: number): Promise<void> {
      await db.deleteFrom("sessions").where("id", "=", id).execute();
    },
    /** Ends every session of an account (disabled, password changed), except `keepId`. */
    async removeForUser(userId: number, keepId?: number): Promise<number> {
      let q = db.deleteFrom("sessions").where("user_id", "=", userId);
      if (keepId !== undefined) q = q.where("id", "!=", keepId);
      const r = await q.executeTakeFirst();
      return Number(r.numDeletedRows);
    },
    /** Deletes sessions past their absolute end or idle since before `idleCutoff`. */
    async purge(now: string, idleCutoff: string): Promise<number> {
      const r = await db
        .deleteFrom("sessions")
        .where((e) => e.or([e("expires_at", "<=", now), e("last_seen_at", "<", idleCutoff)]))
        .executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}
