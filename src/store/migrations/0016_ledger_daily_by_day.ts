import { sql, type Kysely } from "kysely";

/**
 * The day totals by day (issue 19): the province roll-up reads the days of the current
 * month for every center of the province at once. Keyed by center first, those rows lie
 * in 200 separate runs of the primary key, and PostgreSQL scanned every partition whole
 * (a year of 200 centers' day totals) to find twelve days of them; by day first they are
 * one range. A single center's statements keep using the primary key.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index ledger_daily_by_day on ledger_daily (day, center_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index ledger_daily_by_day`.execute(db);
}
