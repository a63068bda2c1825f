import type { Kysely } from "kysely";

/**
 * Which process runs a ledger import (issue 20): its pid and host, and the time of its
 * last committed batch. An import killed mid-file stays "running" in the log; with these
 * the store tells it apart from one still running (src/store/repositories/ledgerLog.ts).
 * Rows of earlier versions keep nulls: a running one of those counts as interrupted once
 * its start is older than the staleness bound.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // One column per statement: SQLite's ALTER TABLE adds one at a time.
  await db.schema.alterTable("ledger_imports").addColumn("pid", "integer").execute();
  await db.schema.alterTable("ledger_imports").addColumn("host", "text").execute();
  await db.schema.alterTable("ledger_imports").addColumn("heartbeat_at", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const c of ["heartbeat_at", "host", "pid"]) await db.schema.alterTable("ledger_imports").dropColumn(c).execute();
}
