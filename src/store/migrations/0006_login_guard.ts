import type { Kysely } from "kysely";

/**
 * Progressive login blocks: `strikes` counts the blocks a key has had in a row, so that
 * each next block of the same (address, account) lasts twice as long (up to a cap).
 * Old keys ("account:…", "address:…") are dropped: the guard now keys by pair and account.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("login_throttle").addColumn("strikes", "integer", (c) => c.notNull().defaultTo(0)).execute();
  await db.deleteFrom("login_throttle").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("login_throttle").dropColumn("strikes").execute();
}
