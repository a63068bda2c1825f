import { sql, type Kysely } from "kysely";
import { isPostgres } from "./columns.js";

/**
 * PostgreSQL only (issue 19): the ledger tables become partitioned by hash of center_id
 * into LEDGER_PARTITIONS partitions each, existing rows moved over. Every ledger
 * statement names one center_id, so the planner keeps one partition and a center's
 * weekly figures and imports never touch the others' pages or indexes. Hash, not one list
 * partition per center: a center needs no DDL when it is created, and the modulus is the
 * same idea as Citus's shards (docs/LEDGER.md). SQLite keeps its tables as they are.
 */
export const LEDGER_PARTITIONS = 16;

/** The ledger tables: every table whose key starts with center_id (0003, 0004). */
export const PARTITIONED_TABLES = [
  "ledger_cases",
  "ledger_desk_events",
  "ledger_rollups",
  "ledger_daily",
  "ledger_matters",
  "ledger_case_prefixes",
  "ledger_sources",
  "ledger_imports",
] as const;

type Constraint = { table: string; name: string; def: string };

/**
 * The statements that rebuild `table` with the same columns, keys and rows: partitioned by
 * hash of center_id, or (down) a plain table again. The keys are re-created by name from
 * the catalog, so the ON CONFLICT targets and the constraint names stay what the code expects.
 */
function rebuild(table: string, constraints: Constraint[], partitioned: boolean): string[] {
  const old = `${table}_rebuilt`;
  const own = constraints.filter((c) => c.table === table);
  return [
    `alter table ${table} rename to ${old}`,
    // The constraints' indexes keep their names, which the new table's constraints need.
    ...own.map((c) => `alter table ${old} rename constraint ${c.name} to ${c.name}_rebuilt`),
    `create table ${table} (like ${old} including defaults)${partitioned ? " partition by hash (center_id)" : ""}`,
    ...(partitioned
      ? Array.from({ length: LEDGER_PARTITIONS }, (_, i) => `create table ${table}_p${i} partition of ${table} for values with (modulus ${LEDGER_PARTITIONS}, remainder ${i})`)
      : []),
    ...own.map((c) => `alter table ${table} add constraint ${c.name} ${c.def}`),
    `insert into ${table} select * from ${old}`,
    `drop table ${old}`,
  ];
}

/** Rebuilds every ledger table; sent as one script (some 200 statements), not one round trip each. */
async function rebuildAll(db: Kysely<any>, partitioned: boolean): Promise<void> {
  const constraints = (
    await sql<Constraint>`select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as def from pg_constraint
      where conrelid = any(${sql.raw(`array[${PARTITIONED_TABLES.map((t) => `'${t}'::regclass`).join(", ")}]`)}) and contype in ('p', 'u') order by contype, conname`.execute(db)
  ).rows;
  const script = PARTITIONED_TABLES.flatMap((t) => rebuild(t, constraints, partitioned));
  await sql.raw(script.join(";\n")).execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await rebuildAll(db, true);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await rebuildAll(db, false);
}
