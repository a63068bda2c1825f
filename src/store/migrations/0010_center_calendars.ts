import { sql, type Kysely } from "kysely";

/**
 * Calendar overrides per center (issue 19): a county's 调休 or a hall closed for repairs
 * is that center's business, and one center's admin must not move another's periods.
 * The table is rebuilt (SQLite cannot change a primary key): each existing override
 * applied to every center until now, so every center keeps it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("center_calendar_overrides")
    .addColumn("center_id", "integer", (c) => c.notNull().references("centers.id"))
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("workday", "integer", (c) => c.notNull())
    .addColumn("note", "text")
    .addPrimaryKeyConstraint("center_calendar_overrides_pk", ["center_id", "date"])
    .execute();
  await sql`insert into center_calendar_overrides (center_id, date, workday, note)
            select c.id, o.date, o.workday, o.note from centers c cross join calendar_overrides o`.execute(db);
  await db.schema.dropTable("calendar_overrides").execute();
  await db.schema.alterTable("center_calendar_overrides").renameTo("calendar_overrides").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("global_calendar_overrides")
    .addColumn("date", "text", (c) => c.primaryKey())
    .addColumn("workday", "integer", (c) => c.notNull())
    .addColumn("note", "text")
    .execute();
  // One calendar again: the first center's overrides stand for all.
  await sql`insert into global_calendar_overrides (date, workday, note)
            select date, workday, note from calendar_overrides
            where center_id = (select min(id) from centers)`.execute(db);
  await db.schema.dropTable("calendar_overrides").execute();
  await db.schema.alterTable("global_calendar_overrides").renameTo("calendar_overrides").execute();
}
