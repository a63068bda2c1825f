import { PostgresAdapter, type CreateTableBuilder, type Kysely } from "kysely";

export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Starts a table with an auto-incrementing integer primary key `id` in either dialect. */
export function tableWithId(db: Kysely<any>, name: string): CreateTableBuilder<string, "id"> {
  const t = db.schema.createTable(name);
  return isPostgres(db)
    ? t.addColumn("id", "serial", (c) => c.primaryKey())
    : t.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());
}
