import { sql, type Kysely } from "kysely";
import { isPostgres } from "./columns.js";
import { LEDGER_PARTITIONS } from "./0014_ledger_partitions.js";

/**
 * Month totals beside the day totals (issue 19): ledger_monthly holds, per center, month
 * (yyyymm), category and measure, the sum of ledger_daily over that month. The import
 * writers add the same deltas to both in the same statement or transaction, so the two
 * always agree. A year to date then reads at most 11 month rows and 30 day rows per figure,
 * and the province roll-up of 200 centers stays within its 50 ms. Partitioned by center
 * on PostgreSQL like the other ledger tables.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  await sql
    .raw(
      `create table ledger_monthly (center_id integer not null, month integer not null, category text not null, measure text not null, n ${pg ? "bigint" : "integer"} not null,
        constraint ledger_monthly_pk primary key (center_id, month, category, measure))${pg ? " partition by hash (center_id)" : " without rowid"}`,
    )
    .execute(db);
  if (pg)
    await sql
      .raw(Array.from({ length: LEDGER_PARTITIONS }, (_, i) => `create table ledger_monthly_p${i} partition of ledger_monthly for values with (modulus ${LEDGER_PARTITIONS}, remainder ${i})`).join(";\n"))
      .execute(db);
  await sql`insert into ledger_monthly (center_id, month, category, measure, n)
    select center_id, day / 100, category, measure, sum(n) from ledger_daily group by center_id, day / 100, category, measure`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("ledger_monthly").execute();
}
