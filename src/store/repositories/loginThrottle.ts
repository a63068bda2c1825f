import { sql, type Kysely } from "kysely";
import type { Database } from "../schema.js";

/**
 * How many login attempts a key may make within a window before it is blocked, and for
 * how long: `blockMs` the first time, doubling with each block in a row up to `maxBlockMs`.
 */
export type ThrottlePolicy = { maxFailures: number; windowMs: number; blockMs: number; maxBlockMs?: number };

/** The outcome of reserving one attempt: allowed, or blocked until a moment. */
export type Reservation = { allowed: true; attempts: number } | { allowed: false; blockedUntil: string };

const later = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

/**
 * Login-attempt counters per key, kept in the store so that they hold across requests,
 * restarts and several server processes.
 */
export function loginThrottleRepository(db: Kysely<Database>) {
  return {
    /**
     * Reserves one attempt of `key` in one statement, before the password is verified,
     * so that concurrent attempts can never verify more than `maxFailures` of them. The
     * attempt past the limit starts a block (twice as long as the previous one in a row).
     */
    async reserve(key: string, now: string, p: ThrottlePolicy): Promise<Reservation> {
      const cutoff = new Date(Date.parse(now) - p.windowMs).toISOString();
      const maxBlock = p.maxBlockMs ?? p.blockMs;
      // Strikes are forgotten once a key has stayed unblocked for the longest block.
      const forgotten = new Date(Date.parse(now) - maxBlock).toISOString();
      const blocked = sql<boolean>`login_throttle.blocked_until is not null and login_throttle.blocked_until > ${now}`;
      const fresh = sql<boolean>`login_throttle.window_start < ${cutoff}`;
      const r = await db
        .insertInto("login_throttle")
        .values({ key, failures: 1, window_start: now, blocked_until: null })
        .onConflict((oc) =>
          oc.column("key").doUpdateSet({
            failures: sql`case when ${blocked} then login_throttle.failures when ${fresh} then 1 else login_throttle.failures + 1 end`,
            window_start: sql`case when ${blocked} then login_throttle.window_start when ${fresh} then ${now} else login_throttle.window_start end`,
            strikes: sql`case when login_throttle.blocked_until is not null and login_throttle.blocked_until < ${forgotten} then 0 else login_throttle.strikes end`,
          }),
        )
        .returning(["failures", "blocked_until", "strikes"])
        .executeTakeFirstOrThrow();
      if (r.blocked_until && r.blocked_until > now) return { allowed: false, blockedUntil: r.blocked_until };
      if (r.failures <= p.maxFailures) return { allowed: true, attempts: r.failures };
      const until = later(now, Math.min(maxBlock, p.blockMs * 2 ** r.strikes));
      // Only the first attempt over the limit starts the block; concurrent ones find it set.
      const set = await db
        .updateTable("login_throttle")
        .set({ blocked_until: until, failures: 0, window_start: until, strikes: sql`strikes + 1` })
        .where("key", "=", key)
        .where((eb) => eb.or([eb("blocked_until", "is", null), eb("blocked_until", "<=", now)]))
        .executeTakeFirst();
      if (Number(set.numUpdatedRows) > 0) return { allowed: false, blockedUntil: until };
      const row = await db.selectFrom("login_throttle").select("blocked_until").where("key", "=", key).executeTakeFirst();
      return { allowed: false, blockedUntil: row?.blocked_until ?? until };
    },
    /** Gives back one reserved attempt (a successful login must not count against the account). */
    async release(key: string): Promise<void> {
      await db.updateTable("login_throttle").set({ failures: sql`case when failures > 0 then failures - 1 else 0 end` }).where("key", "=", key).execute();
    },
    /** Forgets a key altogether (the pair of a successful login). */
    async reset(key: string): Promise<void> {
      await db.deleteFrom("login_throttle").where("key", "=", key).execute();
    },
  };
}
