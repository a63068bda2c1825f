import { LEDGER_COLUMNS, type LedgerBatch } from "./ledgerTypes.js";

/**
 * Ids of one import's dictionary entries as stored. The reader numbers new matter names
 * (and new case-number prefixes) from the largest id it saw when the import began; an
 * import running at the same time in the same center may store another entry under one
 * of those numbers first. The writer then stores the entry under a free id (or finds it
 * already stored by the other import) and this map rewrites the batch's id column, for
 * this batch and every later one.
 *
 * @example
 * const ids = new StoredIds(); ids.note(7, 9); ids.apply(column, batch.size); // 7 now says 9
 */
class StoredIds {
  private readonly moved = new Map<number, number>();

  /** The entry the reader numbered `provisional` is stored as `stored`. */
  note(provisional: number, stored: number): void {
    if (provisional !== stored) this.moved.set(provisional, stored);
  }

  /** Rewrites ids[0 … size); one lookup per row, so moves never chain. */
  apply(ids: Int32Array, size: number): void {
    if (this.moved.size === 0) return;
    for (let i = 0; i < size; i++) {
      const to = this.moved.get(ids[i]);
      if (to !== undefined) ids[i] = to;
    }
  }
}

/** A dictionary a batch can extend: its table, its value columns, the batch's new entries and the column of ids. */
export type LedgerDictionary = {
  table: "ledger_matters" | "ledger_case_prefixes";
  columns: readonly string[];
  entries(b: LedgerBatch): { id: number; values: (string | number)[] }[];
  ids(b: LedgerBatch): Int32Array;
};

export const LEDGER_DICTIONARIES: readonly LedgerDictionary[] = [
  {
    table: "ledger_matters",
    columns: ["name"],
    entries: (b) => b.newMatters.map((m) => ({ id: m.id, values: [m.name] })),
    ids: (b) => b.columns[LEDGER_COLUMNS[b.ledger].indexOf("matter_id" as never)],
  },
  {
    table: "ledger_case_prefixes",
    columns: ["prefix", "digits"],
    entries: (b) => b.newPrefixes.map((p) => ({ id: p.id, values: [p.prefix, p.digits] })),
    ids: (b) => b.casePrefixes,
  },
];

type Stored = (d: LedgerDictionary, id: number, values: (string | number)[]) => number;

/**
 * A writer's view of both dictionaries: stores a batch's new entries through `store`
 * (which returns the id the entry has in the store) and rewrites the batch's ids where
 * they differ. `keep` for SQLite's synchronous transactions, `keepAsync` for PostgreSQL.
 *
 * @example
 * const dict = new DictionaryIds(); dict.keep(batch, (d, id, values) => findOrInsert(d, id, values));
 */
export class DictionaryIds {
  private readonly ids = LEDGER_DICTIONARIES.map(() => new StoredIds());

  keep(b: LedgerBatch, store: Stored): void {
    for (const [k, d] of LEDGER_DICTIONARIES.entries()) {
      for (const e of d.entries(b)) this.ids[k].note(e.id, store(d, e.id, e.values));
      this.ids[k].apply(d.ids(b), b.size);
    }
  }

  async keepAsync(b: LedgerBatch, store: (...a: Parameters<Stored>) => Promise<number>): Promise<void> {
    for (const [k, d] of LEDGER_DICTIONARIES.entries()) {
      for (const e of d.entries(b)) this.ids[k].note(e.id, await store(d, e.id, e.values));
      this.ids[k].apply(d.ids(b), b.size);
    }
  }
}
