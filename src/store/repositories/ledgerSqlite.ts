import type SQLite from "better-sqlite3";
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";
import { forSqlite, LOG_SQL, logBatchParams, logInsertParams, toImportLog, type ImportMeta } from "./ledgerLog.js";
import { rowKeys } from "./ledgerRowKeys.js";
import { SqliteCheckpointer } from "./sqliteCheckpointer.js";
import { DictionaryIds, type LedgerDictionary } from "./ledgerDictionaries.js";
import { LEDGER_COLUMNS, LEDGER_KEYS, LEDGER_TABLES, RollupDeltas, type BatchOutcome, type LedgerBatch, type LedgerKind, type LedgerWriter } from "./ledgerTypes.js";

/** Rows per range probe, and rows per multi-row INSERT (7 parameters × 64 rows). */
const CHUNK = 2048;
const MULTI = 64;
/** Checkpoints move to a thread of their own from this batch on (small imports do without); the log is let restart every SETTLE batches. */
const CHECKPOINTER_FROM = 2;
const SETTLE = 8;

/**
 * Writes ledger batches into SQLite through the raw better-sqlite3 handle: one
 * IMMEDIATE transaction per batch, prepared statements, rollups summed in memory.
 *
 * Idempotence without a lookup per row: before a chunk of rows is inserted, one range
 * probe asks whether any stored key lies between the chunk's smallest and largest key
 * (for cases: the chunk shares one case-number prefix and the probe spans its tails).
 * Exports are ordered by time and case numbers grow with time, so for new data the
 * answer is "none" and the chunk goes in with multi-row `INSERT … ON CONFLICT DO
 * NOTHING`; if `changes` shows a conflict anyway it can only be a key repeated inside
 * the chunk, and those rows are replayed one by one. Any other chunk (re-import,
 * overlapping or unordered export) takes the exact path: read the stored row, insert,
 * update with −old +new in the rollups, or leave it.
 *
 * @example
 * const w = sqliteLedgerWriter(db, sqlite, centerId, "cases", { source: null, fileName: "a.csv" });
 * await w.write(batch); await w.finish("done", { rowsRead: 0, rejected: 0 });
 */
export function sqliteLedgerWriter(
  db: Kysely<Database>,
  sqlite: SQLite.Database,
  centerId: number,
  ledger: LedgerKind,
  meta: ImportMeta,
): LedgerWriter {
  const table = LEDGER_TABLES[ledger];
  const keys = LEDGER_KEYS[ledger];
  const cols = LEDGER_COLUMNS[ledger];
  if (!Number.isSafeInteger(centerId)) throw new Error(`bad center id ${centerId}`);
  // The center is a literal in the inserts: one parameter less to bind per row.
  const width = keys.length + cols.length;
  const row = `(${centerId}, ${Array(width).fill("?").join(",")})`;
  const into = `insert into ${table} (center_id, ${keys.join(", ")}, ${cols.join(", ")}) values`;
  const byKey = `center_id = ? and ${keys.map((k) => `${k} = ?`).join(" and ")}`;
  const insertMany = sqlite.prepare(`${into} ${Array(MULTI).fill(row).join(",")} on conflict do nothing`);
  const insertOne = sqlite.prepare(`${into} ${row}`);
  const probe = sqlite
    .prepare(ledger === "cases" ? `select 1 from ${table} where center_id = ? and case_prefix = ? and case_tail between ? and ? limit 1` : `select 1 from ${table} where center_id = ? and event_key between ? and ? limit 1`)
    .pluck();
  const select = sqlite.prepare(`select ${cols.join(", ")} from ${table} where ${byKey}`).raw();
  const update = sqlite.prepare(`update ${table} set ${cols.map((c) => `${c} = ?`).join(", ")} where ${byKey}`);
  const rollup = sqlite.prepare(
    `insert into ledger_rollups (center_id, day, department_id, category, measure, n) values (?, ?, ?, ?, ?, ?)
     on conflict (center_id, day, department_id, category, measure) do update set n = n + excluded.n`,
  );
  const daily = sqlite.prepare(
    `insert into ledger_daily (center_id, day, category, measure, n) values (?, ?, ?, ?, ?) on conflict (center_id, day, category, measure) do update set n = n + excluded.n`,
  );
  const monthly = sqlite.prepare(
    `insert into ledger_monthly (center_id, month, category, measure, n) values (?, ?, ?, ?, ?) on conflict (center_id, month, category, measure) do update set n = n + excluded.n`,
  );
  const dictionary = new DictionaryIds();
  const dictionarySql = new Map<string, ReturnType<typeof dictionaryStatements>>();
  /** Finds an entry by its values, or stores it under its id, or under the next free id when that is taken. */
  const storeEntry = (d: LedgerDictionary, id: number, values: (string | number)[]): number => {
    let st = dictionarySql.get(d.table);
    if (!st) dictionarySql.set(d.table, (st = dictionaryStatements(sqlite, d)));
    const found = st.named.get(centerId, ...values) as number | undefined;
    if (found !== undefined) return Number(found);
    const stored = st.taken.get(centerId, id) === undefined ? id : Number(st.free.get(centerId));
    st.insert.run(centerId, stored, ...values);
    return stored;
  };
  const logSql = Object.fromEntries(
    Object.entries(LOG_SQL).map(([k, q]) => {
      const { sql, args } = forSqlite(q);
      const st = sqlite.prepare(sql);
      return [k, { run: (...p: unknown[]) => st.run(args(p)), get: (...p: unknown[]) => st.get(args(p)) as Record<string, unknown> }];
    }),
  ) as Record<keyof typeof LOG_SQL, { run(...p: unknown[]): unknown; get(...p: unknown[]): Record<string, unknown> }>;
  let importId: number | null = null;
  const logId = () => {
    if (importId === null) {
      importId = Number(logSql.nextId.get(centerId).id);
      logSql.insert.run(...logInsertParams(centerId, importId, ledger, meta));
    }
    return importId;
  };

  const args = new Array<unknown>(MULTI * width);
  const one = new Array<unknown>(width);
  const values = new Array<number>(cols.length);
  const nul = (v: number) => (v === 0 ? null : v);
  const [nk, nc] = [keys.length, cols.length];

  function writeBatch(b: LedgerBatch): BatchOutcome {
    const out: BatchOutcome = { inserted: 0, updated: 0, unchanged: 0 };
    const deltas = new RollupDeltas();
    const c = b.columns;
    const k = rowKeys(b);
    const rowValues = (i: number) => {
      for (let j = 0; j < cols.length; j++) values[j] = c[j][i];
      return values;
    };

    /** Adds the contribution of new row i, straight from the columns. */
    const added =
      ledger === "cases"
        ? (i: number) => {
            deltas.add(c[3][i], c[1][i], c[0][i], 1, 1);
            if (c[4][i]) deltas.add(c[4][i], c[1][i], c[0][i], 2, 1);
          }
        : (i: number) => deltas.add(c[3][i], c[1][i], 4, c[0][i], 1);

    /** The exact path for one row: compare with what is stored. */
    function exact(i: number) {
      const key = k.params(i);
      const old = select.get(centerId, ...key) as (number | null)[] | undefined;
      const now = rowValues(i);
      if (!old) {
        k.bind(one, 0, i);
        for (let j = 0; j < cols.length; j++) one[keys.length + j] = nul(now[j]);
        insertOne.run(one);
        deltas.addRow(ledger, now, 1);
        out.inserted++;
        return;
      }
      const before = old.map((v) => v ?? 0);
      if (before.every((v, j) => v === now[j])) {
        out.unchanged++;
        return;
      }
      update.run(...now.map(nul), centerId, ...key);
      deltas.addRow(ledger, before, -1);
      deltas.addRow(ledger, now, 1);
      out.updated++;
    }

    /** Fast path for rows [from, to) known to hold no stored key. */
    function fresh(from: number, to: number) {
      let i = from;
      for (; i + MULTI <= to; i += MULTI) {
        for (let r = 0; r < MULTI; r++) {
          const row = i + r;
          const o = r * width;
          k.bind(args, o, row);
          for (let j = 0; j < nc; j++) {
            const v = c[j][row];
            args[o + nk + j] = v === 0 ? null : v;
          }
        }
        if (insertMany.run(args).changes === MULTI) {
          for (let r = i; r < i + MULTI; r++) added(r);
          out.inserted += MULTI;
        } else repeated(from, i, i + MULTI);
      }
      for (; i < to; i++) exact(i);
    }

    /** Rows [i, j) hit a key repeated within the chunk that began at `from`: replay the repeats. */
    function repeated(from: number, i: number, j: number) {
      const seen = new Set<string>();
      for (let r = from; r < i; r++) seen.add(k.id(r));
      const replay: number[] = [];
      for (let r = i; r < j; r++) {
        if (seen.has(k.id(r))) replay.push(r);
        else {
          seen.add(k.id(r));
          added(r);
          out.inserted++;
        }
      }
      for (const r of replay) exact(r);
    }

    dictionary.keep(b, storeEntry);
    for (let from = 0; from < b.size; from += CHUNK) {
      const to = Math.min(b.size, from + CHUNK);
      const range = k.range(from, to);
      if (range && probe.get(centerId, ...range) === undefined) fresh(from, to);
      else for (let i = from; i < to; i++) exact(i);
    }
    const entries = deltas.entries();
    for (const d of entries) rollup.run(centerId, d.day, d.department, d.category, d.measure, d.n);
    for (const d of deltas.days(entries)) {
      daily.run(centerId, d.day, d.category, d.measure, d.n);
      // The month totals take the same deltas in the same transaction (migration 0015).
      monthly.run(centerId, Math.floor(d.day / 100), d.category, d.measure, d.n);
    }
    logSql.batch.run(centerId, logId(), ...logBatchParams(b, out));
    return out;
  }

  const inTransaction = sqlite.transaction(writeBatch);
  const inTransactionFinish = sqlite.transaction((status: string, tail: { rowsRead: number; rejected: number }) => {
    const id = logId();
    logSql.finish.run(centerId, id, tail.rowsRead, tail.rejected, status, new Date().toISOString());
    return toImportLog(logSql.get.get(centerId, id));
  });
  // Holding Kysely's connection keeps other queries of this process out of our transaction.
  const exclusive = <T>(fn: () => T): Promise<T> => db.connection().execute(async () => fn());

  let batches = 0;
  let checkpointer: SqliteCheckpointer | null = null;
  const afterBatch = () => {
    batches++;
    if (batches === CHECKPOINTER_FROM) checkpointer = SqliteCheckpointer.start(sqlite);
    else if (checkpointer && batches % SETTLE === 0) checkpointer.settle();
  };

  return {
    write: (b) =>
      exclusive(() => {
        const out = inTransaction.immediate(b);
        afterBatch();
        return out;
      }),
    finish: (status, tail) => exclusive(() => inTransactionFinish.immediate(status, tail)),
    close: async () => {
      const c = checkpointer as SqliteCheckpointer | null;
      checkpointer = null;
      await c?.stop();
    },
  };
}

/** The dictionary statements of one table (matters, case-number prefixes). */
function dictionaryStatements(sqlite: SQLite.Database, d: LedgerDictionary) {
  const cols = d.columns;
  return {
    named: sqlite.prepare(`select id from ${d.table} where center_id = ? and ${cols.map((c) => `${c} = ?`).join(" and ")}`).pluck(),
    taken: sqlite.prepare(`select 1 from ${d.table} where center_id = ? and id = ?`).pluck(),
    free: sqlite.prepare(`select coalesce(max(id), 0) + 1 from ${d.table} where center_id = ?`).pluck(),
    insert: sqlite.prepare(`insert into ${d.table} (center_id, id, ${cols.join(", ")}) values (?, ?, ${cols.map(() => "?").join(", ")})`),
  };
}
