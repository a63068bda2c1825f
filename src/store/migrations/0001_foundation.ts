import type { Kysely } from "kysely";
import { tableWithId } from "./columns.js";

/** Centers, departments, issues with their revisions, calendar overrides, templates. */
export async function up(db: Kysely<any>): Promise<void> {
  await tableWithId(db, "centers")
    .addColumn("code", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("defaults", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await tableWithId(db, "departments")
    .addColumn("center_id", "integer", (c) => c.notNull().references("centers.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("aliases", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("display_order", "integer", (c) => c.notNull())
    .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint("departments_center_name", ["center_id", "name"])
    .execute();

  await tableWithId(db, "issues")
    .addColumn("center_id", "integer", (c) => c.notNull().references("centers.id"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("total", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("issuer", "text", (c) => c.notNull())
    .addColumn("published_on", "text")
    .addColumn("period_start", "text", (c) => c.notNull())
    .addColumn("period_end", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("copies", "integer")
    .addColumn("dist_report", "text")
    .addColumn("dist_send", "text")
    .addColumn("dist_issue", "text")
    .addColumn("sections", "text", (c) => c.notNull())
    .addColumn("attachments", "text", (c) => c.notNull())
    .addColumn("revision", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("issues_center_year_seq", ["center_id", "year", "seq"])
    .addUniqueConstraint("issues_center_total", ["center_id", "total"])
    .execute();
  await db.schema.createIndex("issues_center_period").on("issues").columns(["center_id", "period_end"]).execute();

  await tableWithId(db, "issue_revisions")
    .addColumn("issue_id", "integer", (c) => c.notNull().references("issues.id").onDelete("cascade"))
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("document", "text", (c) => c.notNull())
    .addColumn("reason", "text")
    .addColumn("created_by", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("issue_revisions_issue_revision", ["issue_id", "revision"])
    .execute();

  await db.schema
    .createTable("calendar_overrides")
    .addColumn("date", "text", (c) => c.primaryKey())
    .addColumn("workday", "integer", (c) => c.notNull())
    .addColumn("note", "text")
    .execute();

  await tableWithId(db, "templates")
    .addColumn("center_id", "integer", (c) => c.notNull().references("centers.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("sections", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("templates_center_name", ["center_id", "name"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["templates", "calendar_overrides", "issue_revisions", "issues", "departments", "centers"])
    await db.schema.dropTable(t).execute();
}
