/**
 * What the ledger import hands the store, and how a row contributes to the rollups.
 * Shared by the SQLite and PostgreSQL writers and by the importer (src/ingest/ledger).
 */

/** The two ledgers: platform cases (办件) and front-desk events of the comprehensive window. */
export type LedgerKind = "cases" | "desk";

/** Rollup categories; code = index + 1 (ledger_cases.category stores the code). */
export const CATEGORIES = ["licensing", "publicService", "otherPower", "window"] as const;
export type Category = (typeof CATEGORIES)[number];
export type CaseCategory = Exclude<Category, "window">;
export const CASE_CATEGORIES: readonly CaseCategory[] = ["licensing", "publicService", "otherPower"];

/** Rollup measures; code = index + 1 (ledger_desk_events.measure stores the code). */
export const MEASURES = ["accepted", "completed", "consulted", "issued", "circulated"] as const;
export type Measure = (typeof MEASURES)[number];
export type DeskMeasure = Exclude<Measure, "completed">;
export const DESK_MEASURES: readonly DeskMeasure[] = ["consulted", "accepted", "issued", "circulated"];

export const categoryCode = (c: Category): number => CATEGORIES.indexOf(c) + 1;
export const measureCode = (m: Measure): number => MEASURES.indexOf(m) + 1;

/** The table of each ledger. */
export const LEDGER_TABLES = { cases: "ledger_cases", desk: "ledger_desk_events" } as const;

/** Key columns of each ledger table after center_id; a case number is stored split (src/domain/ledger/caseNumber.ts). */
export const LEDGER_KEYS = {
  cases: ["case_prefix", "case_tail"],
  desk: ["event_key"],
} as const;

/** Value columns of each ledger table after center_id and the key, in batch order. */
export const LEDGER_COLUMNS = {
  cases: ["category", "department_id", "matter_id", "accepted_on", "completed_on"],
  desk: ["measure", "department_id", "matter_id", "day"],
} as const;

/**
 * A batch of ledger rows, column by column (typed arrays keep 100 000 rows in a few MB,
 * and a case batch holds no string at all, so it crosses to another thread without a copy).
 * In `columns`, 0 means "none" (NULL): no matter, not completed. Days are yyyymmdd.
 */
export type LedgerBatch = {
  ledger: LedgerKind;
  size: number;
  /** Front-desk events: their stable keys (empty for cases). */
  keys: string[];
  /** Every desk key is ASCII, so JavaScript and SQLite order them alike. */
  asciiKeys: boolean;
  /** Cases: the case number as prefix id and tail, one per row (empty for desk events). */
  casePrefixes: Int32Array;
  caseTails: Float64Array;
  /** One array per LEDGER_COLUMNS[ledger] entry, each of length ≥ size. */
  columns: Int32Array[];
  /** Matter names first seen in this batch, with the ids the rows use. */
  newMatters: { id: number; name: string }[];
  /** Case-number prefixes first seen in this batch, with the ids the rows use. */
  newPrefixes: { id: number; prefix: string; digits: number }[];
  /** Lines read since the previous batch, rejected ones included, and how many were rejected. */
  rowsRead: number;
  rejected: number;
};

export type BatchOutcome = { inserted: number; updated: number; unchanged: number };

/** One import as logged in ledger_imports. */
export type LedgerImportLog = {
  id: number;
  ledger: LedgerKind;
  source: string | null;
  fileName: string;
  /** interrupted: logged as running, but its process is gone (killed); a rerun of the file completes it. */
  status: "running" | "interrupted" | "done" | "failed";
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  batches: number;
  startedAt: string;
  finishedAt: string | null;
};

/** Writes batches of one import; each `write` is one transaction. */
export interface LedgerWriter {
  write(batch: LedgerBatch): Promise<BatchOutcome>;
  /** Logs the end of the import (also when no batch was written). */
  finish(status: "done" | "failed", tail: { rowsRead: number; rejected: number }): Promise<LedgerImportLog>;
  close(): Promise<void>;
}

const SLAB = 372 * 20; // (month − 1) × 31 + (day − 1) slots × 20 category/measure pairs

/**
 * Adds up rollup deltas in memory so that a batch of 100 000 rows becomes a few hundred
 * rollup upserts. Counts live in typed arrays, one per (year, department), indexed by
 * day of year and category × measure: no allocation per row.
 *
 * @example
 * const d = new RollupDeltas(); d.add(20231215, 7, 2, 1, +1);
 * [...d.entries()]; // [{ day: 20231215, department: 7, category: "publicService", measure: "accepted", n: 1 }]
 */
export class RollupDeltas {
  private readonly slabs = new Map<number, Int32Array>();

  add(day: number, department: number, category: number, measure: number, n: number): void {
    const y = (day / 10000) | 0;
    const md = day - y * 10000;
    const m = (md / 100) | 0;
    // department < 2^18 and 1990 ≤ year < 6086 keep the slab key a small integer.
    if (department >= 262_144) throw new Error(`department id ${department} out of range`);
    const k = department * 4096 + (y - 1990);
    let slab = this.slabs.get(k);
    if (slab === undefined) {
      slab = new Int32Array(SLAB);
      this.slabs.set(k, slab);
    }
    slab[((m - 1) * 31 + (md - m * 100 - 1)) * 20 + (category - 1) * 5 + measure - 1] += n;
  }

  /** Adds what one row of a batch contributes, times `sign`. */
  addRow(ledger: LedgerKind, v: ArrayLike<number>, sign: number): void {
    if (ledger === "cases") {
      this.add(v[3], v[1], v[0], 1, sign);
      if (v[4]) this.add(v[4], v[1], v[0], 2, sign);
    } else this.add(v[3], v[1], 4, v[0], sign);
  }

  /** Non-zero deltas in key order (a fixed order avoids deadlocks between concurrent imports). */
  entries(): { day: number; department: number; category: Category; measure: Measure; n: number }[] {
    const out: { day: number; department: number; category: Category; measure: Measure; n: number }[] = [];
    for (const [k, slab] of this.slabs) {
      const department = Math.floor(k / 4096);
      const year = (k % 4096) + 1990;
      for (let i = 0; i < SLAB; i++) {
        if (slab[i] === 0) continue;
        const slot = Math.floor(i / 20);
        const day = year * 10000 + (Math.floor(slot / 31) + 1) * 100 + (slot % 31) + 1;
        out.push({ day, department, category: CATEGORIES[Math.floor((i % 20) / 5)], measure: MEASURES[i % 5], n: slab[i] });
      }
    }
    return out.sort((a, b) => a.day - b.day || a.department - b.department || a.category.localeCompare(b.category) || a.measure.localeCompare(b.measure));
  }

  /** The same deltas summed over departments: the day totals (ledger_daily). */
  days(entries = this.entries()): { day: number; category: Category; measure: Measure; n: number }[] {
    const sum = new Map<string, { day: number; category: Category; measure: Measure; n: number }>();
    for (const e of entries) {
      const k = `${e.day}|${e.category}|${e.measure}`;
      const t = sum.get(k);
      if (t) t.n += e.n;
      else sum.set(k, { day: e.day, category: e.category, measure: e.measure, n: e.n });
    }
    return [...sum.values()].filter((t) => t.n !== 0);
  }
}
