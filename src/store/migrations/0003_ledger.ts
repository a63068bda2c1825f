import { sql, type CreateTableBuilder, type Kysely } from "kysely";
import { isPostgres } from "./columns.js";

/**
 * The case and front-desk ledgers (issue 8): imported rows, their rollups, the
 * matter dictionary, saved column mappings and the import log.
 *
 * Every key starts with center_id so that the tables can be distributed by it with
 * Citus (docs/LEDGER.md). The big tables carry no foreign keys: the importer resolves
 * departments before writing, and a foreign-key probe per row would cost ~10% of the
 * load time at 22 million rows a year.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  // SQLite: a WITHOUT ROWID table is its primary-key B-tree, no second index to maintain.
  const clustered = <T extends string, C extends string>(t: CreateTableBuilder<T, C>) => (pg ? t : t.modifyEnd(sql`without rowid`));

  await db.schema
    .createTable("ledger_sources")
    .addColumn("center_id", "integer", (c) => c.notNull())
    .addColumn("ledger", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("mapping", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("ledger_sources_pk", ["center_id", "ledger", "name"])
    .execute();

  await db.schema
    .createTable("ledger_matters")
    .addColumn("center_id", "integer", (c) => c.notNull())
    .addColumn("id", "integer", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("ledger_matters_pk", ["center_id", "id"])
    .addUniqueConstraint("ledger_matters_name", ["center_id", "name"])
    .execute();

  await db.schema
    .createTable("ledger_imports")
    .addColumn("center_id", "integer", (c) => c.notNull())
    .addColumn("id", "integer", (c) => c.notNull())
    .addColumn("ledger", "text", (c) => c.notNull())
    .addColumn("source", "text")
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("rows_read", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("inserted", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("updated", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("unchanged", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("rejected", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("batches", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("finished_at", "text")
    .addPrimaryKeyConstraint("ledger_imports_pk", ["center_id", "id"])
    .execute();

  // Days are integers yyyymmdd (20231215): compact, ordered, the same in both dialects.
  await clustered(
    db.schema
      .createTable("ledger_cases")
      .addColumn("center_id", "integer", (c) => c.notNull())
      .addColumn("case_no", "text", (c) => c.notNull())
      .addColumn("category", "smallint", (c) => c.notNull())
      .addColumn("department_id", "integer", (c) => c.notNull())
      .addColumn("matter_id", "integer")
      .addColumn("accepted_on", "integer", (c) => c.notNull())
      .addColumn("completed_on", "integer")
      .addPrimaryKeyConstraint("ledger_cases_pk", ["center_id", "case_no"]),
  ).execute();

  await clustered(
    db.schema
      .createTable("ledger_desk_events")
      .addColumn("center_id", "integer", (c) => c.notNull())
      .addColumn("event_key", "text", (c) => c.notNull())
      .addColumn("measure", "smallint", (c) => c.notNull())
      .addColumn("department_id", "integer", (c) => c.notNull())
      .addColumn("matter_id", "integer")
      .addColumn("day", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("ledger_desk_events_pk", ["center_id", "event_key"]),
  ).execute();

  await clustered(
    db.schema
      .createTable("ledger_rollups")
      .addColumn("center_id", "integer", (c) => c.notNull())
      .addColumn("day", "integer", (c) => c.notNull())
      .addColumn("department_id", "integer", (c) => c.notNull())
      .addColumn("category", "text", (c) => c.notNull())
      .addColumn("measure", "text", (c) => c.notNull())
      .addColumn("n", pg ? "bigint" : "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("ledger_rollups_pk", ["center_id", "day", "department_id", "category", "measure"]),
  ).execute();

  // The same counts summed over departments: a year to date reads ~2 500 rows, not ~45 000.
  await clustered(
    db.schema
      .createTable("ledger_daily")
      .addColumn("center_id", "integer", (c) => c.notNull())
      .addColumn("day", "integer", (c) => c.notNull())
      .addColumn("category", "text", (c) => c.notNull())
      .addColumn("measure", "text", (c) => c.notNull())
      .addColumn("n", pg ? "bigint" : "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("ledger_daily_pk", ["center_id", "day", "category", "measure"]),
  ).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["ledger_daily", "ledger_rollups", "ledger_desk_events", "ledger_cases", "ledger_imports", "ledger_matters", "ledger_sources"])
    await db.schema.dropTable(t).execute();
}
