import type { Kysely } from "kysely";

/**
 * Where the printed original of an imported issue broke its pages (issue 16): rendering the
 * unchanged issue breaks its pages at the same text, so a reprint of an archived issue has
 * the original's pages. Null for issues composed in zhoubao.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("issues").addColumn("original_pages", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("issues").dropColumn("original_pages").execute();
}
