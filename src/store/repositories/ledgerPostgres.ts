import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { LOG_SQL, logBatchParams, logInsertParams, toImportLog, type ImportMeta } from "./ledgerLog.js";
import { DictionaryIds, type LedgerDictionary } from "./ledgerDictionaries.js";
import { CATEGORIES, LEDGER_COLUMNS, LEDGER_KEYS, LEDGER_TABLES, MEASURES, type BatchOutcome, type LedgerBatch, type LedgerKind, type LedgerWriter } from "./ledgerTypes.js";

const names = (xs: readonly string[]) => `array[${xs.map((x) => `'${x}'`).join(", ")}]`;
const CATEGORY_NAME = `(${names(CATEGORIES)})`;
const MEASURE_NAME = `(${names(MEASURES)})`;

/** Old and new contributions of the changed rows `c`, as (day, department_id, category, measure, n). */
const CONTRIBUTIONS: Record<LedgerKind, string> = {
  cases: `
    select accepted_on, department_id, category, 1, 1 from c
    union all select completed_on, department_id, category, 2, 1 from c where completed_on is not null
    union all select o_accepted_on, o_department_id, o_category, 1, -1 from c where not fresh
    union all select o_completed_on, o_department_id, o_category, 2, -1 from c where not fresh and o_completed_on is not null`,
  desk: `
    select day, department_id, 4, measure, 1 from c
    union all select o_day, o_department_id, 4, o_measure, -1 from c where not fresh`,
};
/** First int of the advisory lock a center's ledger writers share (the second is the center id). */
const LEDGER_LOCK = 0x6c65;

/** Finds a dictionary entry by its values, or stores it under its id ($2), or under the next free id when that is taken. */
function dictionarySql(d: LedgerDictionary): string {
  const match = d.columns.map((c, i) => `${c} = $${i + 3}`).join(" and ");
  const values = d.columns.map((_, i) => `$${i + 3}`).join(", ");
  return `
with found as (select id from ${d.table} where center_id = $1 and ${match}),
free as (select case when exists (select 1 from ${d.table} where center_id = $1 and id = $2) then (select max(id) + 1 from ${d.table} where center_id = $1) else $2 end as id),
made as (insert into ${d.table} (center_id, id, ${d.columns.join(", ")}) select $1, (select id from free), ${values} where not exists (select 1 from found) returning id)
select id from found union all select id from made`;
}

/** Column types of the staging tables. */
const KEY_TYPES: Record<string, string> = { case_prefix: "integer", case_tail: "bigint", event_key: "text" };

/**
 * One statement merges a staged batch: keep the last row of each key, find the rows that
 * are new or differ from what is stored, add their new contributions and subtract the
 * old ones in the rollups, then upsert them. All parts see the table as it was before
 * the statement, so the old values are read before they are overwritten.
 */
function mergeSql(ledger: LedgerKind): string {
  const table = LEDGER_TABLES[ledger];
  const keys = LEDGER_KEYS[ledger].join(", ");
  const cols = LEDGER_COLUMNS[ledger];
  const list = cols.join(", ");
  const k0 = LEDGER_KEYS[ledger][0];
  return `
with s as (
  select distinct on (${keys}) ${keys}, ${list} from ledger_stage_${ledger} order by ${keys}, ord desc
), c as (
  select s.*, o.${k0} is null as fresh, ${cols.map((x) => `o.${x} as o_${x}`).join(", ")} from s
  left join ${table} o on o.center_id = $1 and ${LEDGER_KEYS[ledger].map((k) => `o.${k} = s.${k}`).join(" and ")}
  where o.${k0} is null or (${cols.map((x) => `o.${x}`).join(", ")}) is distinct from (${cols.map((x) => `s.${x}`).join(", ")})
), d (day, department_id, category, measure, n) as (${CONTRIBUTIONS[ledger]}
), r as (
  insert into ledger_rollups (center_id, day, department_id, category, measure, n)
  select $1, day, department_id, ${CATEGORY_NAME}[category], ${MEASURE_NAME}[measure], sum(n) from d
  group by day, department_id, category, measure having sum(n) <> 0
  order by 2, 3, 4, 5
  on conflict (center_id, day, department_id, category, measure) do update set n = ledger_rollups.n + excluded.n
), t as (
  insert into ledger_daily (center_id, day, category, measure, n)
  select $1, day, ${CATEGORY_NAME}[category], ${MEASURE_NAME}[measure], sum(n) from d
  group by day, category, measure having sum(n) <> 0
  order by 2, 3, 4
  on conflict (center_id, day, category, measure) do update set n = ledger_daily.n + excluded.n
), mo as (
  insert into ledger_monthly (center_id, month, category, measure, n)
  select $1, day / 100, ${CATEGORY_NAME}[category], ${MEASURE_NAME}[measure], sum(n) from d
  group by day / 100, category, measure having sum(n) <> 0
  order by 2, 3, 4
  on conflict (center_id, month, category, measure) do update set n = ledger_monthly.n + excluded.n
), u as (
  insert into ${table} (center_id, ${keys}, ${list}) select $1, ${keys}, ${cols.map((x) => `c.${x}`).join(", ")} from c
  on conflict (center_id, ${keys}) do update set ${cols.map((x) => `${x} = excluded.${x}`).join(", ")}
)
select count(*) filter (where fresh) as inserted, count(*) filter (where not fresh) as updated from c`;
}

const escapeCopy = (s: string) => (/[\\\t\n\r]/.test(s) ? s.replace(/[\\\t\n\r]/g, (ch) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[ch]!) : s);

/** The batch as COPY text, in pieces of about 1 MB. */
function* copyText(b: LedgerBatch): Generator<string> {
  const width = b.columns.length;
  let out = "";
  for (let i = 0; i < b.size; i++) {
    out += b.ledger === "cases" ? `${i}\t${b.casePrefixes[i]}\t${b.caseTails[i]}` : `${i}\t${escapeCopy(b.keys[i])}`;
    for (let j = 0; j < width; j++) {
      const v = b.columns[j][i];
      out += v === 0 ? "\t\\N" : `\t${v}`;
    }
    out += "\n";
    if (out.length > 1 << 20) {
      yield out;
      out = "";
    }
  }
  if (out) yield out;
}

/**
 * Writes ledger batches into PostgreSQL: COPY into a temporary staging table, then one
 * merge statement (mergeSql) — one transaction per batch, on one pooled connection.
 *
 * @example
 * const w = await postgresLedgerWriter(pool, centerId, "cases", { source: null, fileName: "a.csv" });
 */
export async function postgresLedgerWriter(pool: pg.Pool, centerId: number, ledger: LedgerKind, meta: ImportMeta): Promise<LedgerWriter> {
  const client = await pool.connect();
  const cols = LEDGER_COLUMNS[ledger];
  const merge = mergeSql(ledger);
  let importId: number | null = null;
  const keys = LEDGER_KEYS[ledger];
  const dictionary = new DictionaryIds();
  const dictionarySqls = new Map<string, string>();
  try {
    await client.query(
      `create temp table if not exists ledger_stage_${ledger} (ord integer not null, ${keys.map((k) => `${k} ${KEY_TYPES[k]} not null`).join(", ")}, ${cols.map((c) => `${c} integer`).join(", ")}) on commit delete rows`,
    );
  } catch (e) {
    client.release();
    throw e;
  }

  async function logId(): Promise<number> {
    if (importId === null) {
      const id = Number((await client.query(LOG_SQL.nextId, [centerId])).rows[0].id);
      await client.query(LOG_SQL.insert, logInsertParams(centerId, id, ledger, meta));
      importId = id;
    }
    return importId;
  }

  /** Stores the batch's new dictionary entries (under other ids when a concurrent import took theirs). */
  async function storeEntry(d: LedgerDictionary, id: number, values: (string | number)[]): Promise<number> {
    if (!dictionarySqls.has(d.table)) dictionarySqls.set(d.table, dictionarySql(d));
    const r = await client.query(dictionarySqls.get(d.table)!, [centerId, id, ...values]);
    return Number(r.rows[0].id);
  }

  // Every transaction of every import of this center takes the center's ledger lock first:
  // concurrent imports then merge one batch after another, each seeing what the one before
  // it committed, so neither the rollups nor the log ids nor the matter ids can collide.
  async function inTransaction<T>(fn: () => Promise<T>): Promise<T> {
    await client.query("begin");
    await client.query("select pg_advisory_xact_lock($1, $2)", [LEDGER_LOCK, centerId]);
    const id = importId;
    try {
      const r = await fn();
      await client.query("commit");
      return r;
    } catch (e) {
      importId = id;
      await client.query("rollback").catch(() => {});
      throw e;
    }
  }

  return {
    write: (b) =>
      inTransaction(async (): Promise<BatchOutcome> => {
        await dictionary.keepAsync(b, storeEntry);
        const stream = client.query(copyFrom(`copy ledger_stage_${ledger} (ord, ${keys.join(", ")}, ${cols.join(", ")}) from stdin`));
        await pipeline(Readable.from(copyText(b)), stream);
        const r = (await client.query(merge, [centerId])).rows[0];
        const out = { inserted: Number(r.inserted), updated: Number(r.updated), unchanged: 0 };
        out.unchanged = b.size - out.inserted - out.updated;
        await client.query(LOG_SQL.batch, [centerId, await logId(), ...logBatchParams(b, out)]);
        return out;
      }),
    finish: (status, tail) =>
      inTransaction(async () => {
        const id = await logId();
        await client.query(LOG_SQL.finish, [centerId, id, tail.rowsRead, tail.rejected, status, new Date().toISOString()]);
        return toImportLog((await client.query(LOG_SQL.get, [centerId, id])).rows[0]);
      }),
    close: async () => client.release(),
  };
}
