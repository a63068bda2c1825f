import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openStore, type Store } from "./index.js";

/** A way to open a fresh, empty, migrated store for one test. */
export type StoreFactory = { name: "sqlite" | "postgres"; open: () => Promise<Store> };

let warned = false;

/** SQLite in a temporary folder, removed on close: what tests and the fuzzer use when one dialect will do. */
export const sqliteFactory: StoreFactory = { name: "sqlite", open: () => openSqlite() };

/**
 * The stores the repository tests run on: SQLite always, PostgreSQL when
 * TEST_DATABASE_URL is set. In CI (CI=true) a missing TEST_DATABASE_URL is an error,
 * never a silent skip; elsewhere a notice says the PostgreSQL runs were skipped.
 *
 * @example
 * describe.each(storeFactories())("issues on $name", ({ open }) => { … });
 */
export function storeFactories(): StoreFactory[] {
  const out: StoreFactory[] = [sqliteFactory];
  const url = process.env.TEST_DATABASE_URL;
  if (url) out.push({ name: "postgres", open: () => openPostgres(url) });
  else if (process.env.CI === "true") throw new Error("CI=true 但未设置 TEST_DATABASE_URL：PostgreSQL 上的测试不能跳过。");
  else if (!warned) {
    warned = true;
    console.warn("⚠ 未设置 TEST_DATABASE_URL，跳过 PostgreSQL 上的存储测试（仅运行 SQLite）。");
  }
  return out;
}

async function openSqlite(): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), "zhoubao-test-"));
  const store = await openStore({ dialect: "sqlite", path: join(dir, "test.db") });
  const close = store.close;
  store.close = async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  };
  return store;
}

/**
 * The empty migrated database the suite's global setup made (e2e/globalSetup.ts), or null
 * outside a vitest run (the fuzzer) or without one.
 */
export async function emptyTemplate(): Promise<string | null> {
  try {
    const { inject } = await import("vitest");
    return inject("demoTemplates")?.postgresEmpty ?? null;
  } catch {
    return null;
  }
}

/**
 * `create database NAME template TEMPLATE`, copying the template's files where the server
 * can (PostgreSQL 15 and later: STRATEGY FILE_COPY, about 0.13 s for the suite's templates,
 * against 0.34 s for the default WAL_LOG, which writes every block through the WAL).
 *
 * @example
 * await createDatabaseFrom(admin, "zb_t_1", "zb_empty_tpl_1");
 */
export async function createDatabaseFrom(client: pg.Client, name: string, template: string): Promise<void> {
  const { rows } = await client.query<{ server_version_num: string }>("show server_version_num");
  const strategy = Number(rows[0].server_version_num) >= 150_000 ? " strategy file_copy" : "";
  await client.query(`create database ${name} template ${template}${strategy}`);
}

/** A database copied from the empty template, dropped on close. */
async function copyOfTemplate(url: string, template: string): Promise<Store> {
  const name = `zb_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await createDatabaseFrom(admin, name, template);
  await admin.end();
  const store = await openStore({ dialect: "postgres", url: Object.assign(new URL(url), { pathname: `/${name}` }).toString() });
  const close = store.close;
  store.close = async () => {
    await close();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  };
  return store;
}

async function openPostgres(url: string): Promise<Store> {
  const template = await emptyTemplate();
  if (template) return copyOfTemplate(url, template);
  const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const store = await openStore({ dialect: "postgres", url, schema });
  const close = store.close;
  store.close = async () => {
    await close();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`drop schema ${schema} cascade`);
    await c.end();
  };
  return store;
}

/** A fresh store with the default center and its 29 seed departments. */
export async function seededStore(factory: StoreFactory): Promise<{ store: Store; centerId: number }> {
  const store = await factory.open();
  const center = await store.centers.default();
  await store.departments.seed(center.id);
  return { store, centerId: center.id };
}
