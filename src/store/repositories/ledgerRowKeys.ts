import type { LedgerBatch } from "./ledgerTypes.js";

/** How the SQLite writer reads the keys of a batch: bound as parameters, compared within a chunk, probed as a range. */
type RowKeys = {
  bind(to: unknown[], at: number, i: number): void;
  params(i: number): unknown[];
  /** Identity of row i's key, for keys repeated within a chunk (a rare path). */
  id(i: number): string;
  /** Probe parameters after center_id for rows [from, to), or null when the chunk must take the exact path. */
  range(from: number, to: number): unknown[] | null;
};

/**
 * The keys of a batch's rows as the SQLite writer binds, compares and probes them: a desk
 * event's text key, or a case's prefix id and tail.
 *
 * @example
 * const k = rowKeys(batch); k.bind(args, 0, i); k.range(0, 2048); // [prefix, lowest tail, highest tail]
 */
export function rowKeys(b: LedgerBatch): RowKeys {
  if (b.ledger === "desk") {
    const keys = b.keys;
    return {
      bind: (to, at, i) => void (to[at] = keys[i]),
      params: (i) => [keys[i]],
      id: (i) => keys[i],
      range: (from, to) => {
        if (!b.asciiKeys) return null;
        let [lo, hi] = [keys[from], keys[from]];
        for (let i = from + 1; i < to; i++) {
          if (keys[i] > hi) hi = keys[i];
          else if (keys[i] < lo) lo = keys[i];
        }
        return [lo, hi];
      },
    };
  }
  const [p, t] = [b.casePrefixes, b.caseTails];
  return {
    bind: (to, at, i) => {
      to[at] = p[i];
      to[at + 1] = t[i];
    },
    params: (i) => [p[i], t[i]],
    id: (i) => `${p[i]}:${t[i]}`,
    range: (from, to) => {
      const prefix = p[from];
      let [lo, hi] = [t[from], t[from]];
      for (let i = from + 1; i < to; i++) {
        if (p[i] !== prefix) return null;
        if (t[i] > hi) hi = t[i];
        else if (t[i] < lo) lo = t[i];
      }
      return [prefix, lo, hi];
    },
  };
}
