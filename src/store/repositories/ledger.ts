import { prefixKey } from "../../domain/ledger/caseNumber.js";
import { sql, type Kysely } from "kysely";
import { ZhoubaoError } from "../../domain/errors.js";
import { rawHandle } from "../connection.js";
import type { Database } from "../schema.js";
import { toImportLog, type ImportMeta } from "./ledgerLog.js";
import { postgresLedgerWriter } from "./ledgerPostgres.js";
import { monthSpan } from "./ledgerMonths.js";
import { sqliteLedgerWriter } from "./ledgerSqlite.js";
import { CASE_CATEGORIES, CATEGORIES, DESK_MEASURES, LEDGER_TABLES, MEASURES, type Category, type LedgerImportLog, type LedgerKind, type LedgerWriter, type Measure } from "./ledgerTypes.js";

/** A sum of the rollups over a span of days. */
export type RollupSum = { category: Category; measure: Measure; departmentId?: number; n: number };

/** "2023-12-15" → 20231215 */
export const dayNumber = (iso: string): number => Number(iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8, 10));
/** 20231215 → "2023-12-15" */
export const isoDay = (n: number): string => `${String(n).slice(0, 4)}-${String(n).slice(4, 6)}-${String(n).slice(6, 8)}`;

const CASE_CATS = ["licensing", "publicService", "otherPower"];
/** Every (category, measure) ledger_daily holds: the case categories' two, the window's four. */
const DAILY_PAIRS: [Category, Measure][] = [
  ...CASE_CATEGORIES.flatMap((c) => (["accepted", "completed"] as const).map((m): [Category, Measure] => [c, m])),
  ...DESK_MEASURES.map((m): [Category, Measure] => ["window", m]),
];

/**
 * The ledgers: bulk writers for imports, rollup sums for the figures, saved column
 * mappings, the matter dictionary and the import log.
 *
 * @example
 * const sums = await store.ledger.sums(center.id, "2023-01-01", "2023-12-15");
 */
export function ledgerRepository(db: Kysely<Database>) {
  /**
   * The totals of several centers over [from, to], grouped by center: one center's figures
   * (`sums`) and the province roll-up are the same code. Whole months come from the month
   * totals, the days at either end from the day totals (`monthSpan`), one statement each.
   * A center without rows is absent.
   */
  async function sumsByCenter(centerIds: number[], from: string, to: string): Promise<(RollupSum & { centerId: number })[]> {
    if (!centerIds.length) return [];
    const { months, days } = monthSpan(dayNumber(from), dayNumber(to));
    // One column per (category, measure) and GROUP BY center_id alone: the rows come in key
    // order (center_id, month or day, …), so the grouping streams instead of sorting every row.
    const columns = DAILY_PAIRS.map(([c, m], i) => sql<number | null>`sum(case when category = ${sql.lit(c)} and measure = ${sql.lit(m)} then n end)`.as(`s${i}`));
    const parts = await Promise.all([
      months
        ? db.selectFrom("ledger_monthly").select("center_id").select(columns).where("center_id", "in", centerIds).where("month", ">=", months[0]).where("month", "<=", months[1]).groupBy("center_id").execute()
        : [],
      days.length
        ? db
            .selectFrom("ledger_daily")
            .select("center_id")
            .select(columns)
            .where("center_id", "in", centerIds)
            .where((e) => e.or(days.map(([a, b]) => e.and([e("day", ">=", a), e("day", "<=", b)]))))
            .groupBy("center_id")
            .execute()
        : [],
    ]);
    const totals = new Map<number, (number | null)[]>();
    for (const r of parts.flat()) {
      const t = totals.get(Number(r.center_id)) ?? DAILY_PAIRS.map(() => null);
      DAILY_PAIRS.forEach((_, i) => {
        const n = (r as Record<string, unknown>)[`s${i}`];
        if (n !== null && n !== undefined) t[i] = (t[i] ?? 0) + Number(n);
      });
      totals.set(Number(r.center_id), t);
    }
    return [...totals].flatMap(([centerId, t]) => DAILY_PAIRS.flatMap(([category, measure], i) => (t[i] === null ? [] : [{ centerId, category, measure, n: t[i]! }])));
  }

  return {
    /**
     * A writer for one import. Bulk loads commit batch by batch, so they cannot run
     * inside a store transaction.
     */
    async writer(centerId: number, ledger: LedgerKind, meta: ImportMeta): Promise<LedgerWriter> {
      const raw = rawHandle(db);
      if (!raw) throw new ZhoubaoError("internal", "批量导入按批提交，不能在事务中进行。");
      return raw.dialect === "sqlite"
        ? sqliteLedgerWriter(db, raw.sqlite, centerId, ledger, meta)
        : postgresLedgerWriter(raw.pool, centerId, ledger, meta);
    },

    /**
     * Sums of the rollups from `from` to `to` (ISO dates, inclusive), by category and measure:
     * the day totals (the one statement of sumsByCenter), or the per-department rollups.
     */
    async sums(centerId: number, from: string, to: string, opts: { byDepartment?: boolean } = {}): Promise<RollupSum[]> {
      if (!opts.byDepartment) return (await sumsByCenter([centerId], from, to)).map(({ category, measure, n }) => ({ category, measure, n }));
      const rows = await db
        .selectFrom("ledger_rollups")
        .select(["category", "measure", "department_id"])
        .select((e) => e.fn.sum<number>("n").as("n"))
        .where("center_id", "=", centerId)
        .where("day", ">=", dayNumber(from))
        .where("day", "<=", dayNumber(to))
        .groupBy(["category", "measure", "department_id"])
        .execute();
      return rows.map((r) => ({ category: r.category as Category, measure: r.measure as Measure, departmentId: Number(r.department_id), n: Number(r.n) }));
    },

    sumsByCenter,

    /** Sums of the day totals per month (yyyymm) from `from` to `to`: the dashboard's monthly curves. */
    async monthly(centerId: number, from: string, to: string): Promise<(RollupSum & { month: number })[]> {
      const month = sql<number>`day / 100`;
      const rows = await db
        .selectFrom("ledger_daily")
        .select(["category", "measure"])
        .select(month.as("month"))
        .select((e) => e.fn.sum<number>("n").as("n"))
        .where("center_id", "=", centerId)
        .where("day", ">=", dayNumber(from))
        .where("day", "<=", dayNumber(to))
        .groupBy([month, "category", "measure"])
        .execute();
      return rows.map((r) => ({ month: Number(r.month), category: r.category as Category, measure: r.measure as Measure, n: Number(r.n) }));
    },

    /**
     * The same sums counted straight from the stored rows (a full scan): the check that
     * the rollups agree with the rows, for tests and `zhoubao stats verify`.
     */
    async recount(centerId: number, from: string, to: string): Promise<RollupSum[]> {
      const [a, b] = [dayNumber(from), dayNumber(to)];
      const out: RollupSum[] = [];
      for (const [measure, col] of [["accepted", "accepted_on"], ["completed", "completed_on"]] as const) {
        const rows = await db
          .selectFrom("ledger_cases")
          .select("category")
          .select((e) => e.fn.countAll<number>().as("n"))
          .where("center_id", "=", centerId)
          .where(col, ">=", a)
          .where(col, "<=", b)
          .groupBy("category")
          .execute();
        for (const r of rows) out.push({ category: CATEGORIES[Number(r.category) - 1], measure, n: Number(r.n) });
      }
      const desk = await db
        .selectFrom("ledger_desk_events")
        .select("measure")
        .select((e) => e.fn.countAll<number>().as("n"))
        .where("center_id", "=", centerId)
        .where("day", ">=", a)
        .where("day", "<=", b)
        .groupBy("measure")
        .execute();
      for (const r of desk) out.push({ category: "window", measure: MEASURES[Number(r.measure) - 1], n: Number(r.n) });
      return out;
    },

    /**
     * Cases accepted in [from, to] per matter name, counted from the stored rows (a full
     * scan, like recount): the check that every row still names its own matter.
     */
    async casesByMatter(centerId: number, from: string, to: string): Promise<Map<string, number>> {
      const rows = await db
        .selectFrom("ledger_cases as c")
        .innerJoin("ledger_matters as m", (j) => j.onRef("m.center_id", "=", "c.center_id").onRef("m.id", "=", "c.matter_id"))
        .select("m.name")
        .select((e) => e.fn.countAll<number>().as("n"))
        .where("c.center_id", "=", centerId)
        .where("c.accepted_on", ">=", dayNumber(from))
        .where("c.accepted_on", "<=", dayNumber(to))
        .groupBy("m.name")
        .execute();
      return new Map(rows.map((r) => [r.name, Number(r.n)]));
    },

    /** First and last day with rollups of a ledger in [from, to], or null when there are none. */
    async coverage(centerId: number, ledger: LedgerKind, from: string, to: string): Promise<{ first: string; last: string } | null> {
      const r = await db
        .selectFrom("ledger_daily")
        .select((e) => [e.fn.min<number>("day").as("first"), e.fn.max<number>("day").as("last")])
        .where("center_id", "=", centerId)
        .where("day", ">=", dayNumber(from))
        .where("day", "<=", dayNumber(to))
        .where("category", ledger === "cases" ? "in" : "=", ledger === "cases" ? CASE_CATS : "window")
        .where("n", ">", 0)
        .executeTakeFirst();
      return r?.first ? { first: isoDay(Number(r.first)), last: isoDay(Number(r.last)) } : null;
    },

    /** Matter names and their ids. */
    async matters(centerId: number): Promise<Map<string, number>> {
      const rows = await db.selectFrom("ledger_matters").select(["id", "name"]).where("center_id", "=", centerId).execute();
      return new Map(rows.map((r) => [r.name, Number(r.id)]));
    },

    /** Case-number prefixes and their ids, keyed by prefixKey(prefix, digits). */
    async casePrefixes(centerId: number): Promise<Map<string, number>> {
      const rows = await db.selectFrom("ledger_case_prefixes").select(["id", "prefix", "digits"]).where("center_id", "=", centerId).execute();
      return new Map(rows.map((r) => [prefixKey(r.prefix, Number(r.digits)), Number(r.id)]));
    },

    /** The saved column mapping of a source (field → column header), or null. */
    async source(centerId: number, ledger: LedgerKind, name: string): Promise<Record<string, string> | null> {
      const r = await db
        .selectFrom("ledger_sources")
        .select("mapping")
        .where("center_id", "=", centerId)
        .where("ledger", "=", ledger)
        .where("name", "=", name)
        .executeTakeFirst();
      return r ? JSON.parse(r.mapping) : null;
    },

    async saveSource(centerId: number, ledger: LedgerKind, name: string, mapping: Record<string, string>): Promise<void> {
      const row = { center_id: centerId, ledger, name, mapping: JSON.stringify(mapping), updated_at: new Date().toISOString() };
      await db
        .insertInto("ledger_sources")
        .values(row)
        .onConflict((oc) => oc.columns(["center_id", "ledger", "name"]).doUpdateSet({ mapping: row.mapping, updated_at: row.updated_at }))
        .execute();
    },

    /** The latest imports, newest first. */
    async imports(centerId: number, limit = 20): Promise<LedgerImportLog[]> {
      const rows = await db.selectFrom("ledger_imports").selectAll().where("center_id", "=", centerId).orderBy("id", "desc").limit(limit).execute();
      return rows.map((r) => toImportLog(r as unknown as Record<string, unknown>));
    },

    /**
     * Imports not (yet) complete: running, or interrupted and not rerun since — no later
     * import of the same file into the same ledger finished. Their figures are partial.
     */
    async unfinishedImports(centerId: number, ledger?: LedgerKind): Promise<LedgerImportLog[]> {
      let q = db
        .selectFrom("ledger_imports as i")
        .selectAll("i")
        .where("i.center_id", "=", centerId)
        .where("i.status", "=", "running")
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom("ledger_imports as j")
                .select("j.id")
                .whereRef("j.center_id", "=", "i.center_id")
                .whereRef("j.ledger", "=", "i.ledger")
                .whereRef("j.file_name", "=", "i.file_name")
                .whereRef("j.id", ">", "i.id")
                .where("j.status", "=", "done"),
            ),
          ),
        );
      if (ledger) q = q.where("i.ledger", "=", ledger);
      const rows = await q.orderBy("i.id").execute();
      return rows.map((r) => toImportLog(r as unknown as Record<string, unknown>));
    },

    /** Stored rows of a ledger. */
    async rowCount(centerId: number, ledger: LedgerKind): Promise<number> {
      const table = LEDGER_TABLES[ledger];
      const r = await db.selectFrom(table).select((e) => e.fn.countAll<number>().as("n")).where("center_id", "=", centerId).executeTakeFirstOrThrow();
      return Number(r.n);
    },
  };
}
export type LedgerRepository = ReturnType<typeof ledgerRepository>;
