import { sql, type Kysely } from "kysely";
import type { Database } from "../schema.js";

/** How many failed logins a key may have within a window before it is blocked, and for how long. */
export type ThrottlePolicy = { maxFailures: number; windowMs: number; blockMs: number };

const later = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

/**
 * Failed-login counters per account and per address, kept in the store so that they
 * hold across requests, restarts and several server processes.
 */
export function loginThrottleRepository(db: Kysely<Database>) {
  return {
    /** The latest time until which any of `keys` is blocked, or null when none is. */
    async blockedUntil(keys: string[], now: string): Promise<string | null> {
      const rows = await db
        .selectFrom("login_throttle")
        .select("blocked_until")
        .where("key", "in", keys)
        .where("blocked_until", ">", now)
        .execute();
      return rows.map((r) => r.blocked_until!).sort().at(-1) ?? null;
    },
    /**
     * Counts one failure of `key` in one statement (safe under concurrent attempts);
     * blocks the key once the window holds `maxFailures`. Returns the new state.
     */
    async fail(key: string, now: string, p: ThrottlePolicy): Promise<{ failures: number; blockedUntil: string | null }> {
      const cutoff = new Date(Date.parse(now) - p.windowMs).toISOString();
      const fresh = sql<boolean>`login_throttle.window_start < ${cutoff}`;
      const r = await db
        .insertInto("login_throttle")
        .values({ key, failures: 1, window_start: now, blocked_until: null })
        .onConflict((oc) =>
          oc.column("key").doUpdateSet({
            failures: sql`case when ${fresh} then 1 else login_throttle.failures + 1 end`,
            window_start: sql`case when ${fresh} then ${now} else login_throttle.window_start end`,
          }),
        )
        .returning(["failures", "blocked_until"])
        .executeTakeFirstOrThrow();
      if (r.failures < p.maxFailures) return { failures: r.failures, blockedUntil: null };
      const until = later(now, p.blockMs);
      // A new block starts a new window, so the next failures count afresh after it ends.
      await db.updateTable("login_throttle").set({ blocked_until: until, failures: 0, window_start: until }).where("key", "=", key).execute();
      return { failures: r.failures, blockedUntil: until };
    },
    async reset(key: string): Promise<void> {
      await db.deleteFrom("login_throttle").where("key", "=", key).execute();
    },
  };
}
