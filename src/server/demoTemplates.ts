import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { seedDemo } from "../demo/seedDemo.js";
import { openStore, type Store } from "../store/index.js";
import { createDatabaseFrom, type StoreFactory } from "../store/testing.js";

/**
 * The demo archive stored once per test run, copied for each test app: writing it costs
 * 0.5 s of CPU on SQLite and 1 s on PostgreSQL, for every test app of ~20 files on both.
 * SQLite: a file copied; PostgreSQL: a database made with `create database … template`.
 * Made by the suite's global setup (e2e/globalSetup.ts), which provides their names.
 */
export type DemoTemplates = {
  sqlite: string;
  postgres: string | null;
  /**
   * An empty, migrated PostgreSQL database that src/store/testing.ts copies for each fresh
   * store: migrating a new schema costs about a second (the ledger's 128 partitions of 0014).
   */
  postgresEmpty: string | null;
};

const withDatabase = (url: string, name: string) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();

async function admin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

async function seedInto(store: Store): Promise<void> {
  try {
    const center = await store.centers.default();
    await store.departments.seed(center.id);
    await seedDemo(store, center.id);
  } finally {
    await store.close();
  }
}

/** Writes the templates; returns them and how to remove them. */
export async function makeDemoTemplates(pgUrl: string | undefined): Promise<{ templates: DemoTemplates; remove(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "zhoubao-demo-template-"));
  const sqlite = join(dir, "demo.db");
  await seedInto(await openStore({ dialect: "sqlite", path: sqlite }));
  const postgres = pgUrl ? `zb_demo_tpl_${process.pid}` : null;
  const postgresEmpty = pgUrl ? `zb_empty_tpl_${process.pid}` : null;
  if (pgUrl && postgres && postgresEmpty) {
    await admin(pgUrl, (c) => c.query(`create database ${postgres}`));
    await seedInto(await openStore({ dialect: "postgres", url: withDatabase(pgUrl, postgres) }));
    await admin(pgUrl, (c) => c.query(`create database ${postgresEmpty}`));
    await (await openStore({ dialect: "postgres", url: withDatabase(pgUrl, postgresEmpty) })).close();
  }
  return {
    templates: { sqlite, postgres, postgresEmpty },
    async remove() {
      rmSync(dir, { recursive: true, force: true });
      if (!pgUrl || !postgres || !postgresEmpty) return;
      // The CLI tests' databases, named after the template they copy (cli/testing.ts). A prefix
      // compared exactly: LIKE's "_" would also match another run's names.
      const copies = await admin(pgUrl, (c) => c.query<{ datname: string }>("select datname from pg_database where starts_with(datname, $1)", [`${postgresEmpty}_`]));
      for (const db of [...copies.rows.map((r) => r.datname), postgres, postgresEmpty]) await admin(pgUrl, (c) => c.query(`drop database if exists ${db} with (force)`));
    },
  };
}

/** A fresh store holding the demo archive, copied from the template of the factory's dialect. */
export async function openDemoCopy(factory: StoreFactory, templates: DemoTemplates): Promise<Store> {
  const url = process.env.TEST_DATABASE_URL;
  if (factory.name === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "zhoubao-test-"));
    copyFileSync(templates.sqlite, join(dir, "test.db"));
    return closing(await openStore({ dialect: "sqlite", path: join(dir, "test.db") }), async () => rmSync(dir, { recursive: true, force: true }));
  }
  const template = templates.postgres;
  if (!url || !template) throw new Error("没有 PostgreSQL 演示模板（TEST_DATABASE_URL 未设置）");
  const name = `zb_demo_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await admin(url, (c) => createDatabaseFrom(c, name, template));
  return closing(await openStore({ dialect: "postgres", url: withDatabase(url, name) }), () => admin(url, (c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined));
}

function closing(store: Store, after: () => Promise<void>): Store {
  const close = store.close;
  store.close = async () => {
    await close();
    await after();
  };
  return store;
}
