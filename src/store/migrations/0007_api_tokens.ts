import type { Kysely } from "kysely";
import { tableWithId } from "./columns.js";

/**
 * API tokens of machine clients (issue 21): found by the SHA-256 of the token, never
 * the token itself; a revoked or expired token stays listed (and in the audit log).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await tableWithId(db, "api_tokens")
    .addColumn("center_id", "integer", (c) => c.notNull().references("centers.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("scopes", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("last_used_at", "text")
    .addColumn("revoked_at", "text")
    .addUniqueConstraint("api_tokens_center_name", ["center_id", "name"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("api_tokens").execute();
}
