import type { Kysely } from "kysely";
import { tableWithId } from "./columns.js";

/**
 * The approver's comments per section of an issue under review (issue 18). A comment
 * keeps the heading it was written on, so it still reads when the section is renamed or
 * removed; resolving stamps it and never deletes it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await tableWithId(db, "review_comments")
    .addColumn("center_id", "integer", (c) => c.notNull().references("centers.id"))
    .addColumn("issue_id", "integer", (c) => c.notNull().references("issues.id").onDelete("cascade"))
    .addColumn("section_id", "text", (c) => c.notNull())
    .addColumn("heading", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_by_name", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("resolved_by", "text")
    .addColumn("resolved_at", "text")
    .execute();
  await db.schema.createIndex("review_comments_issue").on("review_comments").columns(["issue_id", "status"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("review_comments").execute();
}
