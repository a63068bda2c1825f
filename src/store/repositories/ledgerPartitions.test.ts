import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Migrator, sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCaseExport, writeDeskExport } from "../../ingest/ledger/generator.js";
import { importLedger } from "../../ingest/ledger/importer.js";
import { ledgerYearSummary } from "../../services/ledgerSummarizer.js";
import { platformStatsAsOf, windowCountsFor } from "../../services/statsFiller.js";
import type { Store } from "../index.js";
import { LEDGER_PARTITIONS, PARTITIONED_TABLES } from "../migrations/0014_ledger_partitions.js";
import { migrationProvider } from "../migrations/index.js";
import { seededStore, sqliteFactory, storeFactories } from "../testing.js";

type Statement = { text: string; values: unknown[] };

/**
 * Records every statement the pg driver sends while `fn` runs — Kysely's and the bulk
 * writer's alike go through Client#query — with its parameters.
 */
async function recording(fn: () => Promise<unknown>): Promise<Statement[]> {
  const seen: Statement[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    if (typeof args[0] === "string") seen.push({ text: args[0], values: Array.isArray(args[1]) ? args[1] : [] });
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await fn();
  } finally {
    pg.Client.prototype.query = original;
  }
  return seen;
}

/** The partitions of ledger tables a plan reads or writes, by table: `ledger_daily_p3` → ledger_daily: {3}. */
function partitionsIn(plan: unknown, out = new Map<string, Set<string>>()): Map<string, Set<string>> {
  if (Array.isArray(plan)) for (const p of plan) partitionsIn(p, out);
  else if (plan && typeof plan === "object") {
    const rel = (plan as Record<string, unknown>)["Relation Name"];
    const m = typeof rel === "string" ? /^(ledger_[a-z_]+)_p(\d+)$/.exec(rel) : null;
    if (m) out.set(m[1], (out.get(m[1]) ?? new Set()).add(m[2]));
    for (const v of Object.values(plan)) partitionsIn(v, out);
  }
  return out;
}

const postgres = storeFactories().filter((f) => f.name === "postgres");

describe.each(postgres)("the ledger partitioned by center (migration 0014) on $name", (factory) => {
  let store: Store;
  let centerId: number;
  let neighbour: number;
  let dir: string;
  let schema: string;
  beforeAll(async () => {
    ({ store, centerId } = await seededStore(factory));
    schema = (await sql<{ s: string }>`select current_schema() as s`.execute(store.db)).rows[0].s;
    dir = mkdtempSync(join(tmpdir(), "zhoubao-partitions-"));
    // A neighbour with its own rows: a statement that read all partitions would show it.
    neighbour = (await store.centers.create("510100", "成都市政务服务中心")).id;
    await store.departments.seed(neighbour);
    const file = join(dir, "neighbour.csv");
    await writeCaseExport(file, { year: 2025, rows: 500, seed: 3 });
    await importLedger(store, neighbour, { ledger: "cases", file });
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("partitions every ledger table by hash of center_id and keeps each center's rows in one partition", async () => {
    const r = await sql<{ t: string; parts: number }>`
      select c.relname as t, count(i.inhrelid)::int as parts from pg_partitioned_table p
      join pg_class c on c.oid = p.partrelid join pg_namespace n on n.oid = c.relnamespace
      left join pg_inherits i on i.inhparent = c.oid where n.nspname = ${schema} group by c.relname`.execute(store.db);
    // The month totals of 0015 are partitioned the same way from the start.
    expect(new Map(r.rows.map((x) => [x.t, x.parts]))).toEqual(new Map([...PARTITIONED_TABLES, "ledger_monthly"].map((t) => [t, LEDGER_PARTITIONS])));
    const where = await sql<{ p: string }>`select distinct tableoid::regclass::text as p from ledger_cases where center_id = ${neighbour}`.execute(store.db);
    expect(where.rows).toHaveLength(1);
  });

  it("plans every ledger statement of the weekly figures and of an import on one partition", async () => {
    const cases = join(dir, "cases.csv");
    const desk = join(dir, "desk.csv");
    await writeCaseExport(cases, { year: 2025, rows: 2000, seed: 5, asOf: "2025-06-30" });
    await writeDeskExport(desk, { year: 2025, rows: 500, seed: 6 });
    const statements = await recording(async () => {
      // The import's paths: new rows, then the same file again after a later export (updates).
      await importLedger(store, centerId, { ledger: "cases", file: cases, source: "省平台" });
      await writeCaseExport(cases, { year: 2025, rows: 2000, seed: 5, asOf: "2025-12-31" });
      await importLedger(store, centerId, { ledger: "cases", file: cases, source: "省平台" });
      await importLedger(store, centerId, { ledger: "desk", file: desk });
      // The weekly job's figures, and the dashboard's year.
      await platformStatsAsOf(store, centerId, "2025-12-12");
      await windowCountsFor(store, centerId, { start: "2025-12-08", end: "2025-12-12" });
      await ledgerYearSummary(store, centerId, 2025);
    });
    const ledger = statements.filter((s) => /\bledger_(?!stage)/.test(s.text) && !/^\s*(create temp|copy)/i.test(s.text));
    expect(ledger.length).toBeGreaterThan(10);
    const unquoted = (t: string) => t.replaceAll('"', "");
    for (const x of ["with s as", "into ledger_matters", "into ledger_case_prefixes", "update ledger_imports", "from ledger_daily", "from ledger_rollups", "into ledger_sources", "from ledger_imports"])
      expect(ledger.some((s) => unquoted(s.text).includes(x)), x).toBe(true);

    // The store's own database (a copy of the suite's template, or TEST_DATABASE_URL with a schema of its own).
    const client = new pg.Client({ connectionString: store.target.dialect === "postgres" ? store.target.url : undefined, options: `-c search_path=${schema}` });
    await client.connect();
    try {
      // The writer's staging tables are temporary: make them in this session too.
      for (const s of new Set(statements.filter((s) => /^\s*create temp/i.test(s.text)).map((s) => s.text))) await client.query(s);
      for (const s of ledger) {
        const plan = (await client.query(`explain (format json) ${s.text}`, s.values)).rows[0]["QUERY PLAN"];
        const touched = partitionsIn(plan);
        for (const [table, parts] of touched) expect(parts.size, `${table} in: ${s.text.trim().slice(0, 200)}`).toBe(1);
        // A statement that reads a ledger table reads it through its partition, never the whole table.
        const reads = /\b(?:from|join)\s+(ledger_[a-z_]+)/gi;
        for (const m of unquoted(s.text).matchAll(reads)) if (!m[1].startsWith("ledger_stage")) expect(touched.has(m[1]), `${m[1]} in: ${s.text.trim().slice(0, 200)}`).toBe(true);
      }
    } finally {
      await client.end();
    }
  }, 120_000);

  it("moves the rows of a store made before it into the partitions, and back", async () => {
    const schemaOf = { migrationTableSchema: schema };
    const m = new Migrator({ db: store.db, provider: migrationProvider, ...schemaOf });
    const before = await sql<{ n: number }>`select count(*)::int as n from ledger_cases`.execute(store.db);
    const daily = await store.ledger.sums(neighbour, "2025-01-01", "2025-12-31");
    expect((await m.migrateTo("0009_center_tree")).error).toBeUndefined();
    const plain = await sql<{ n: number }>`select count(*)::int as n from pg_partitioned_table p join pg_class c on c.oid = p.partrelid join pg_namespace s on s.oid = c.relnamespace where s.nspname = ${schema}`.execute(store.db);
    expect(plain.rows[0].n).toBe(0);
    expect((await m.migrateToLatest()).error).toBeUndefined();
    expect((await sql<{ n: number }>`select count(*)::int as n from ledger_cases`.execute(store.db)).rows[0].n).toBe(before.rows[0].n);
    expect(await store.ledger.sums(neighbour, "2025-01-01", "2025-12-31")).toEqual(daily);
  });
});

describe("migration 0014 on SQLite", () => {
  it("leaves the ledger tables as they are (clustered on their keys)", async () => {
    const { store } = await seededStore(sqliteFactory);
    try {
      const r = await sql<{ sql: string }>`select sql from sqlite_master where name = 'ledger_daily'`.execute(store.db);
      expect(r.rows[0].sql).toMatch(/without rowid/i);
    } finally {
      await store.close();
    }
  });
});
