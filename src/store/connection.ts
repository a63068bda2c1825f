import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import SQLite from "better-sqlite3";
import type pg from "pg";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import { ZhoubaoError } from "../domain/errors.js";
import type { Database } from "./schema.js";

export type Dialect = "sqlite" | "postgres";

export const DEFAULT_DATABASE = "./data/zhoubao.db";

/** Where DATABASE_URL points: a PostgreSQL URL, or a SQLite file (path or file: URL). */
export type Target = { dialect: "postgres"; url: string; schema?: string } | { dialect: "sqlite"; path: string };

/**
 * Reads DATABASE_URL. `postgres://…` / `postgresql://…` select PostgreSQL; anything else
 * is a SQLite file path or `file:` URL; empty means ./data/zhoubao.db.
 *
 * @example
 * parseDatabaseUrl("file:./data/a.db"); // { dialect: "sqlite", path: "/abs/data/a.db" }
 */
export function parseDatabaseUrl(url: string | undefined): Target {
  const u = (url ?? "").trim();
  if (/^postgres(ql)?:\/\//i.test(u)) return { dialect: "postgres", url: u };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(u) && !u.startsWith("file:"))
    throw new ZhoubaoError("store.bad-url", `无法识别的 DATABASE_URL：${u}。应为 postgres://… 或 SQLite 文件路径（可用 file: 前缀）。`);
  if (u === ":memory:") return { dialect: "sqlite", path: ":memory:" };
  const path = u.startsWith("file:") ? (u.startsWith("file://") ? fileURLToPath(u) : u.slice(5)) : u || DEFAULT_DATABASE;
  return { dialect: "sqlite", path: resolve(path) };
}

/** Opens a Kysely instance for the target; SQLite files (and their folder) are created. */
export function connect(target: Target): Kysely<Database> {
  if (target.dialect === "postgres") {
    const pool = new (postgresDriver().Pool)({
      connectionString: target.url,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
    });
    // An idle connection the server ends (a restart, a terminated backend, a dropped test
    // database) is an 'error' event of the pool; without a listener it would crash the
    // process. The pool drops that connection and opens another for the next query, whose
    // own error reaches its caller if the database is really gone.
    pool.on("error", () => {});
    return remember(new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), { dialect: "postgres", pool });
  }
  if (target.path !== ":memory:") mkdirSync(dirname(target.path), { recursive: true });
  const sqlite = new SQLite(target.path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  return remember(new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) }), { dialect: "sqlite", sqlite });
}

/** The driver under a Kysely instance, for bulk loads (COPY, prepared batches). Only src/store uses it. */
export type RawHandle = { dialect: "sqlite"; sqlite: SQLite.Database } | { dialect: "postgres"; pool: pg.Pool };
const rawHandles = new WeakMap<Kysely<Database>, RawHandle>();

function remember(db: Kysely<Database>, raw: RawHandle): Kysely<Database> {
  rawHandles.set(db, raw);
  return db;
}

/** The raw handle of a store opened by `connect`; null for a transaction's Kysely instance. */
export function rawHandle(db: Kysely<Database>): RawHandle | null {
  return rawHandles.get(db) ?? null;
}

/** The PostgreSQL driver, loaded by the first PostgreSQL store: a SQLite command does without it. */
function postgresDriver(): typeof pg {
  const driver = createRequire(import.meta.url)("pg") as typeof pg;
  // PostgreSQL returns bigint counts as strings; zhoubao's counts fit in a JS number.
  driver.types.setTypeParser(20, (v) => Number(v));
  return driver;
}

/**
 * better-sqlite3 compiles a statement on every `prepare`, and Kysely prepares each query
 * anew. The queries of a running server repeat, so keep the compiled statements (LRU).
 * A statement is reused only when it is not being iterated (Kysely's streaming).
 */
function withStatementCache(sqlite: SQLite.Database, size = 500): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  return new Proxy(sqlite, {
    get(target, prop, receiver) {
      if (prop !== "prepare") {
        const v = Reflect.get(target, prop, receiver);
        return typeof v === "function" ? v.bind(target) : v;
      }
      return (text: string) => {
        // Kysely opens a transaction with a deferred BEGIN: one that reads, then writes after
        // another process (the server, a CLI command) wrote, fails at once with “database is
        // locked” — busy_timeout never applies to that upgrade. BEGIN IMMEDIATE takes the write
        // lock first, waiting up to busy_timeout for it.
        const source = text === "begin" ? "begin immediate" : text;
        const hit = cache.get(source);
        if (hit && !hit.busy) {
          cache.delete(source);
          cache.set(source, hit);
          return hit;
        }
        const stmt = prepare(source);
        cache.set(source, stmt);
        if (cache.size > size) cache.delete(cache.keys().next().value!);
        return stmt;
      };
    },
  });
}
