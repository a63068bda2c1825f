import type { LedgerImportState } from "../domain/ledger/ledgerImportViews.js";
import type { ImportProgress } from "../ingest/ledger/importer.js";

/** What the import that `start` registered reports to the board. */
export type ImportTrack = ReturnType<LedgerImportBoard["start"]>;

type Entry = { centerId: number; state: LedgerImportState; finished: number | null };

/** Finished imports stay readable this long: the last poll after the upload's answer still finds them. */
const KEEP_MS = 15 * 60_000;
const MAX_ENTRIES = 500;

/**
 * The imports this server process is running for uploads, by the key the uploading page
 * chose, so that the page can show how far the server has read while it waits for the
 * answer. In memory: a key means nothing to another process, and nothing of it needs to
 * survive a restart (the import log in the store does).
 *
 * @example
 * const board = new LedgerImportBoard();
 * const track = board.start(1, "k-123", { ledger: "cases", file: "2023.csv", totalBytes: 5e8 });
 * track.progress(p); track.done(); board.get(1, "k-123")?.phase; // "done"
 */
export class LedgerImportBoard {
  private readonly entries = new Map<string, Entry>();

  start(centerId: number, key: string, head: Pick<LedgerImportState, "ledger" | "file" | "totalBytes">) {
    this.sweep();
    const now = new Date().toISOString();
    const state: LedgerImportState = { phase: "importing", ...head, bytes: 0, rows: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0, batches: 0, error: null, startedAt: now, updatedAt: now };
    const entry: Entry = { centerId, state, finished: null };
    this.entries.set(key, entry);
    const touch = (patch: Partial<LedgerImportState>) => Object.assign(state, patch, { updatedAt: new Date().toISOString() });
    const progress = (p: ImportProgress) =>
      touch({ bytes: p.bytes, totalBytes: p.totalBytes, rows: p.rows, inserted: p.inserted, updated: p.updated, unchanged: p.unchanged, rejected: p.rejected, batches: p.batches });
    return {
      progress,
      /** The import is over; `p` is its final count. */
      done: (p: ImportProgress) => {
        progress(p);
        touch({ phase: "done", bytes: p.totalBytes });
        entry.finished = Date.now();
      },
      failed: (message: string) => {
        touch({ phase: "failed", error: message });
        entry.finished = Date.now();
      },
    };
  }

  /** The state of an import of this center, or null (unknown key, another center's, or long finished). */
  get(centerId: number, key: string): LedgerImportState | null {
    this.sweep();
    const e = this.entries.get(key);
    return e && e.centerId === centerId ? { ...e.state } : null;
  }

  private sweep(): void {
    const now = Date.now();
    for (const [k, e] of this.entries) if (e.finished !== null && now - e.finished > KEEP_MS) this.entries.delete(k);
    // A bound for keys that never finish (cannot happen unless an import hangs): oldest first.
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }
}
