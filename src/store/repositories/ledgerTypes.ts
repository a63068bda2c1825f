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

/** Value columns of each ledger table after center_id and the key, in batch order. */
export const LEDGER_COLUMNS = {
  cases: ["category", "department_id", "matter_id", "accepted_on", "completed_on"],
  desk: ["measure", "department_id", "matter_id", "day"],
} as const;

/**
 * A batch of ledger rows, column by column (typed arrays keep 100 000 rows in a few MB).
 * In `columns`, 0 means "none" (NULL): no matter, not completed. Days are yyyymmdd.
 */
export type LedgerBatch = {
  ledger: LedgerKind;
  size: number;
  /** Case numbers, or stable event keys of desk events. */
  keys: string[];
  /** Every key is ASCII, so JavaScript and SQLite order them alike. */
  asciiKeys: boolean;
  /** One array per LEDGER_COLUMNS[ledger] entry, each of length ≥ size. */
  columns: Int32Array[];
  /** Matter names first seen in this batch, with the ids the rows use. */
  newMatters: { id: number; name: string }[];
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
  status: "running" | "done" | "failed";
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

/**
 * Adds up rollup deltas in memory, keyed by one packed number per
 * (day, department, category, measure), so that a batch of 100 000 rows becomes a few
 * hundred rollup upserts.
 *
 * @example
 * const d = new RollupDeltas(); d.add(20231215, 7, 2, 1, +1);
 * [...d.entries()]; // [{ day: 20231215, department: 7, category: "publicService", measure: "accepted", n: 1 }]
 */
export class RollupDeltas {
  readonly map = new Map<number, number>();

  add(day: number, department: number, category: number, measure: number, n: number): void {
    const k = ((day * 1048576 + department) * 8 + category) * 8 + measure;
    this.map.set(k, (this.map.get(k) ?? 0) + n);
  }

  /** Adds what one row of a batch contributes, times `sign`. */
  addRow(ledger: LedgerKind, v: ArrayLike<number>, sign: number): void {
    if (ledger === "cases") {
      this.add(v[3], v[1], v[0], 1, sign);
      if (v[4]) this.add(v[4], v[1], v[0], 2, sign);
    } else this.add(v[3], v[1], 4, v[0], sign);
  }

  /** Non-zero deltas in key order (a fixed order avoids deadlocks between concurrent imports). */
  *entries(): Generator<{ day: number; department: number; category: Category; measure: Measure; n: number }> {
    for (const k of [...this.map.keys()].sort((a, b) => a - b)) {
      const n = this.map.get(k)!;
      if (n === 0) continue;
      const measure = k % 8;
      const category = Math.floor(k / 8) % 8;
      const rest = Math.floor(k / 64);
      yield { day: Math.floor(rest / 1048576), department: rest % 1048576, category: CATEGORIES[category - 1], measure: MEASURES[measure - 1], n };
    }
  }
}
