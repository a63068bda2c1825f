import { sql, type CreateTableBuilder, type Kysely } from "kysely";
import { isPostgres } from "./columns.js";

/**
 * Case numbers stored split (src/domain/ledger/caseNumber.ts): ledger_cases is keyed by
 * (center_id, case_prefix, case_tail), the prefix an id in ledger_case_prefixes. Binding
 * two numbers instead of 22 bytes of text makes a 22-million-row import about a fifth
 * faster and the table smaller. Stored rows are converted in SQL with the same split:
 * the tail is the last up to 15 digits, the prefix everything before it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  await db.schema
    .createTable("ledger_case_prefixes")
    .addColumn("center_id", "integer", (c) => c.notNull())
    .addColumn("id", "integer", (c) => c.notNull())
    .addColumn("prefix", "text", (c) => c.notNull())
    .addColumn("digits", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("ledger_case_prefixes_pk", ["center_id", "id"])
    .addUniqueConstraint("ledger_case_prefixes_prefix", ["center_id", "prefix", "digits"])
    .execute();

  const splitKey = (t: CreateTableBuilder<string, never>) =>
    t.addColumn("case_prefix", "integer", (c) => c.notNull()).addColumn("case_tail", pg ? "bigint" : "integer", (c) => c.notNull());
  await casesTable(db, "ledger_cases_split", splitKey, ["case_prefix", "case_tail"]);

  // digits = trailing digits, at most 15; rtrim(x, '0…9') drops all of them in both dialects.
  const least = pg ? "least" : "min";
  const big = pg ? "bigint" : "integer";
  await sql
    .raw(
      `create temp table ledger_cases_parts as
       select c.*, substr(case_no, 1, length(case_no) - d) as prefix, d as digits,
              case when d = 0 then 0 else cast(substr(case_no, length(case_no) - d + 1) as ${big}) end as tail
       from (select *, ${least}(15, length(case_no) - length(rtrim(case_no, '0123456789'))) as d from ledger_cases) c`,
    )
    .execute(db);
  await sql
    .raw(
      `insert into ledger_case_prefixes (center_id, id, prefix, digits)
       select center_id, row_number() over (partition by center_id order by digits, prefix), prefix, digits
       from (select distinct center_id, prefix, digits from ledger_cases_parts) p`,
    )
    .execute(db);
  await sql
    .raw(
      `insert into ledger_cases_split (center_id, case_prefix, case_tail, category, department_id, matter_id, accepted_on, completed_on)
       select c.center_id, p.id, c.tail, c.category, c.department_id, c.matter_id, c.accepted_on, c.completed_on
       from ledger_cases_parts c join ledger_case_prefixes p on p.center_id = c.center_id and p.prefix = c.prefix and p.digits = c.digits`,
    )
    .execute(db);
  await sql.raw("drop table ledger_cases_parts").execute(db);
  await db.schema.dropTable("ledger_cases").execute();
  await db.schema.alterTable("ledger_cases_split").renameTo("ledger_cases").execute();
  // PostgreSQL keeps the constraint's name through the rename; give it the table's name again.
  if (pg) await sql.raw("alter table ledger_cases rename constraint ledger_cases_split_pk to ledger_cases_pk").execute(db);
}

/** A case table keyed by center_id and `keys` (made by `withKeys`), with the value columns of 0003, clustered on SQLite. */
function casesTable(db: Kysely<any>, name: string, withKeys: (t: CreateTableBuilder<string, never>) => CreateTableBuilder<string, string>, keys: string[]) {
  const t = withKeys(db.schema.createTable(name).addColumn("center_id", "integer", (c) => c.notNull()))
    .addColumn("category", "smallint", (c) => c.notNull())
    .addColumn("department_id", "integer", (c) => c.notNull())
    .addColumn("matter_id", "integer")
    .addColumn("accepted_on", "integer", (c) => c.notNull())
    .addColumn("completed_on", "integer")
    .addPrimaryKeyConstraint(`${name}_pk`, ["center_id", ...keys] as never);
  return (isPostgres(db) ? t : t.modifyEnd(sql`without rowid`)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  await casesTable(db, "ledger_cases_text", (t) => t.addColumn("case_no", "text", (c) => c.notNull()), ["case_no"]);
  const tail = pg ? "lpad(c.case_tail::text, p.digits, '0')" : "substr(printf('%015d', c.case_tail), 16 - p.digits)";
  await sql
    .raw(
      `insert into ledger_cases_text select c.center_id, p.prefix || case when p.digits = 0 then '' else ${tail} end,
       c.category, c.department_id, c.matter_id, c.accepted_on, c.completed_on
       from ledger_cases c join ledger_case_prefixes p on p.center_id = c.center_id and p.id = c.case_prefix`,
    )
    .execute(db);
  await db.schema.dropTable("ledger_cases").execute();
  await db.schema.dropTable("ledger_case_prefixes").execute();
  await db.schema.alterTable("ledger_cases_text").renameTo("ledger_cases").execute();
  if (pg) await sql.raw("alter table ledger_cases rename constraint ledger_cases_text_pk to ledger_cases_pk").execute(db);
}
