import { Migrator, sql, type Kysely } from "kysely";
import { isPostgres } from "./migrations/columns.js";
import { ZhoubaoError } from "../domain/errors.js";
import { connect, parseDatabaseUrl, type Dialect, type Target } from "./connection.js";
import { migrationProvider } from "./migrations/index.js";
import { repositories, type Repositories } from "./repositories/index.js";
import type { Database } from "./schema.js";

export type Store = Repositories & {
  db: Kysely<Database>;
  dialect: Dialect;
  target: Target;
  /** Runs `fn` in one transaction: all of it is written, or nothing. */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

function bind(db: Kysely<Database>, target: Target, inTransaction: boolean): Store {
  return {
    ...repositories(db),
    db,
    dialect: target.dialect,
    target,
    transaction: inTransaction
      ? (fn) => fn(bind(db, target, true))
      : (fn) => db.transaction().execute((trx) => fn(bind(trx, target, true))),
    close: () => db.destroy(),
  };
}

const isCatalogRace = (e: unknown) => ["3F000", "42P01"].includes((e as { code?: string } | undefined)?.code ?? "");

/** Applies every pending migration; throws store.unavailable with the reason. */
export async function migrate(db: Kysely<Database>, schema?: string): Promise<string[]> {
  // Kysely looks for its migration tables in every schema unless told which one: with
  // several schemas in one PostgreSQL database (tests in parallel, one schema per
  // center) it would find another schema's tables and fail. So name ours (the current one).
  const own = schema ?? (isPostgres(db) ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s : undefined);
  const migrator = new Migrator({ db, provider: migrationProvider, ...(own ? { migrationTableSchema: own } : {}) });
  let { error, results } = await migrator.migrateToLatest();
  // Kysely's table check reads the catalog of every schema; a schema dropped meanwhile by
  // another process (parallel tests) makes it fail with 3F000/42P01. It is safe to retry.
  for (let retry = 0; retry < 5 && isCatalogRace(error); retry++) {
    await new Promise((r) => setTimeout(r, 50 * (retry + 1)));
    ({ error, results } = await migrator.migrateToLatest());
  }
  if (error) {
    const msg = error instanceof Error ? error.message : String(error);
    throw new ZhoubaoError("store.unavailable", `数据库迁移失败：${msg}`, { cause: msg });
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

/**
 * Opens the store DATABASE_URL names (SQLite by default), migrated to the latest version.
 *
 * @example
 * const store = await openStore(process.env.DATABASE_URL);
 * const center = await store.centers.default();
 */
export async function openStore(url?: string | Target, opts: { migrate?: boolean } = {}): Promise<Store> {
  const target = typeof url === "object" ? url : parseDatabaseUrl(url);
  const db = connect(target);
  try {
    if (opts.migrate !== false) await migrate(db, target.dialect === "postgres" ? target.schema : undefined);
  } catch (e) {
    await db.destroy();
    if (e instanceof ZhoubaoError) throw e;
    const msg = e instanceof Error ? e.message : String(e);
    throw new ZhoubaoError("store.unavailable", `无法连接数据库：${msg}`, { cause: msg });
  }
  return bind(db, target, false);
}

export { parseDatabaseUrl } from "./connection.js";
export type { Target, Dialect } from "./connection.js";
export type { IssueSummary, Center, CenterDefaults } from "./repositories/index.js";
export { toDocument } from "./repositories/index.js";
