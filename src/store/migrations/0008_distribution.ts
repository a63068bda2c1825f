import type { Kysely } from "kysely";
import { tableWithId } from "./columns.js";

/**
 * Distribution and the week's rhythm (issue 21): recipients per 版记 line, webhooks, the
 * outbox of e-mails and webhook calls (one row per recipient and event, which is also
 * the delivery log), persisted jobs (reminders, scheduled publishing), in-app
 * notifications and the e-mail address an account is reminded at.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await tableWithId(db, "recipients")
    .addColumn("center_id", "integer", (c) => c.notNull().references("centers.id"))
    .addColumn("line", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("recipients_line_email", ["center_id", "line", "email"])
    .execute();

  await tableWithId(db, "webhooks")
    .addColumn("center_id", "integer", (c) => c.notNull().references("centers.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("secret", "text", (c) => c.notNull())
    .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await tableWithId(db, "deliveries")
    .addColumn("center_id", "integer", (c) => c.notNull().references("centers.id"))
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("event", "text", (c) => c.notNull())
    .addColumn("event_id", "text", (c) => c.notNull())
    .addColumn("issue_id", "integer", (c) => c.references("issues.id").onDelete("cascade"))
    .addColumn("revision", "integer")
    .addColumn("target", "text", (c) => c.notNull())
    .addColumn("target_name", "text", (c) => c.notNull())
    .addColumn("webhook_id", "integer", (c) => c.references("webhooks.id").onDelete("set null"))
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "text", (c) => c.notNull())
    .addColumn("claimed_at", "text")
    .addColumn("last_error", "text")
    .addColumn("sent_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("deliveries_due").on("deliveries").columns(["status", "next_attempt_at"]).execute();
  await db.schema.createIndex("deliveries_issue").on("deliveries").columns(["center_id", "issue_id"]).execute();

  await tableWithId(db, "jobs")
    .addColumn("center_id", "integer", (c) => c.notNull().references("centers.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("cron", "text")
    .addColumn("issue_id", "integer", (c) => c.references("issues.id").onDelete("cascade"))
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("due_at", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("claimed_at", "text")
    .addColumn("last_error", "text")
    .addColumn("last_run_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("jobs_due").on("jobs").columns(["status", "due_at"]).execute();

  await tableWithId(db, "notifications")
    .addColumn("center_id", "integer", (c) => c.notNull().references("centers.id"))
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("message", "text", (c) => c.notNull())
    .addColumn("link", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("read_at", "text")
    .execute();
  await db.schema.createIndex("notifications_user").on("notifications").columns(["user_id", "read_at"]).execute();

  await db.schema
    .createTable("user_emails")
    .addColumn("user_id", "integer", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["user_emails", "notifications", "jobs", "deliveries", "webhooks", "recipients"]) await db.schema.dropTable(t).execute();
}
