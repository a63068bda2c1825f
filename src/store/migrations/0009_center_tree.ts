import type { Kysely } from "kysely";

/**
 * Centers form a tree (issue 19): a province center above city centers above county
 * centers. `parent_id` is null for a top-level center. Codes are administrative division
 * codes (510000, 510100, …), already unique since 0001.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("centers").addColumn("parent_id", "integer", (c) => c.references("centers.id")).execute();
  await db.schema.createIndex("centers_parent").on("centers").column("parent_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("centers_parent").execute();
  await db.schema.alterTable("centers").dropColumn("parent_id").execute();
}
