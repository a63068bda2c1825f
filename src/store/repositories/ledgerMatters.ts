import { LEDGER_COLUMNS, type LedgerBatch } from "./ledgerTypes.js";

/**
 * Matter ids of one import as stored. The reader numbers new matter names from the
 * largest id it saw when the import began; an import running at the same time in the
 * same center may store another name under one of those numbers first. The writer then
 * stores the name under a free id (or finds it already stored by the other import) and
 * this map rewrites the batch's matter column, for this batch and every later one.
 *
 * @example
 * const ids = new MatterIds(); ids.note(7, 9); ids.apply(batch); // rows with matter 7 now say 9
 */
export class MatterIds {
  private readonly moved = new Map<number, number>();

  /** The matter the reader numbered `provisional` is stored as `stored`. */
  note(provisional: number, stored: number): void {
    if (provisional !== stored) this.moved.set(provisional, stored);
  }

  /** Rewrites the batch's matter ids; one lookup per row, so moves never chain. */
  apply(b: LedgerBatch): void {
    if (this.moved.size === 0) return;
    const col = b.columns[LEDGER_COLUMNS[b.ledger].indexOf("matter_id" as never)];
    for (let i = 0; i < b.size; i++) {
      const to = this.moved.get(col[i]);
      if (to !== undefined) col[i] = to;
    }
  }
}
