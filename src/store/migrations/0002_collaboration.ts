import type { Kysely } from "kysely";
import { isPostgres, tableWithId } from "./columns.js";

/**
 * The collaboration server's tables: accounts and sessions, the login throttle,
 * liaisons' submissions, hall inspections, monthly assessments, the issue workflow
 * (override reasons, who moved it when), the documents kept for published revisions
 * and the audit log.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await tableWithId(db, "users")
    .addColumn("center_id", "integer", (c) => c.notNull().references("centers.id"))
    .addColumn("username", "text", (c) => c.notNull().unique())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("department_id", "integer", (c) => c.references("departments.id"))
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("must_change_password", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("last_login_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await tableWithId(db, "sessions")
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_seen_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("address", "text")
    .addColumn("user_agent", "text")
    .execute();
  await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("login_throttle")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("failures", "integer", (c) => c.notNull())
    .addColumn("window_start", "text", (c) => c.notNull())
    .addColumn("blocked_until", "text")
    .execute();

  await tableWithId(db, "submissions")
    .addColumn("center_id", "integer", (c) => c.notNull().references("centers.id"))
    .addColumn("issue_id", "integer", (c) => c.references("issues.id").onDelete("set null"))
    .addColumn("department_id", "integer", (c) => c.notNull().references("departments.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("section_id", "text")
    .addColumn("content", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("comment", "text")
    .addColumn("author_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("reviewer_id", "integer", (c) => c.references("users.id"))
    .addColumn("submitted_at", "text")
    .addColumn("reviewed_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("submissions_issue_status").on("submissions").columns(["issue_id", "status"]).execute();
  await db.schema.createIndex("submissions_center_department").on("submissions").columns(["center_id", "department_id"]).execute();

  await tableWithId(db, "inspections")
    .addColumn("center_id", "integer", (c) => c.notNull().references("centers.id"))
    .addColumn("issue_id", "integer", (c) => c.references("issues.id").onDelete("set null"))
    .addColumn("inspected_on", "text", (c) => c.notNull())
    .addColumn("items", "text", (c) => c.notNull())
    .addColumn("inspector_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("attached_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("inspections_center_date").on("inspections").columns(["center_id", "inspected_on"]).execute();

  await tableWithId(db, "assessments")
    .addColumn("center_id", "integer", (c) => c.notNull().references("centers.id"))
    .addColumn("month", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("entries", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("author_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("approver_id", "integer", (c) => c.references("users.id"))
    .addColumn("approved_at", "text")
    .addColumn("issue_id", "integer", (c) => c.references("issues.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("assessments_center_month", ["center_id", "month"])
    .execute();

  await db.schema
    .createTable("issue_workflow")
    .addColumn("issue_id", "integer", (c) => c.primaryKey().references("issues.id").onDelete("cascade"))
    .addColumn("overrides", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("submitted_by", "text")
    .addColumn("submitted_at", "text")
    .addColumn("approved_by", "text")
    .addColumn("approved_at", "text")
    .addColumn("published_by", "text")
    .addColumn("published_at", "text")
    .addColumn("comment", "text")
    .execute();

  await tableWithId(db, "issue_documents")
    .addColumn("issue_id", "integer", (c) => c.notNull().references("issues.id").onDelete("cascade"))
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("format", "text", (c) => c.notNull())
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("content", isPostgres(db) ? "bytea" : "blob", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("issue_documents_issue_revision_format", ["issue_id", "revision", "format"])
    .execute();

  await tableWithId(db, "audit_log")
    .addColumn("center_id", "integer", (c) => c.notNull().references("centers.id"))
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("actor_id", "integer", (c) => c.references("users.id"))
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("address", "text")
    .addColumn("entity", "text", (c) => c.notNull())
    .addColumn("entity_id", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("before", "text")
    .addColumn("after", "text")
    .execute();
  await db.schema.createIndex("audit_log_center_id").on("audit_log").columns(["center_id", "id"]).execute();
  await db.schema.createIndex("audit_log_entity").on("audit_log").columns(["entity", "entity_id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    "audit_log",
    "issue_documents",
    "issue_workflow",
    "assessments",
    "inspections",
    "submissions",
    "login_throttle",
    "sessions",
    "users",
  ])
    await db.schema.dropTable(t).execute();
}
