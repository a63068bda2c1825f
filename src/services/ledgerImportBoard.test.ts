import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { writeCaseExport } from "../ingest/ledger/generator.js";
import { importLedger } from "../ingest/ledger/importer.js";
import { scratch } from "../ingest/ledger/testing.js";
import { seededStore, storeFactories } from "../store/testing.js";
import { LedgerImportBoard } from "./ledgerImportBoard.js";

const head = { ledger: "cases" as const, file: "a.csv", totalBytes: 1000 };
const counts = { ledger: "cases" as const, bytes: 400, totalBytes: 1000, rows: 40, inserted: 39, updated: 0, unchanged: 0, rejected: 1, batches: 1 };

describe("LedgerImportBoard", () => {
  afterEach(() => vi.useRealTimers());

  it("shows an import's progress to its own center only, then its end", () => {
    const board = new LedgerImportBoard();
    const track = board.start(1, "key-aaaaaaaa", head);
    expect(board.get(1, "key-aaaaaaaa")).toMatchObject({ phase: "importing", bytes: 0, rows: 0, file: "a.csv" });
    track.progress(counts);
    expect(board.get(1, "key-aaaaaaaa")).toMatchObject({ phase: "importing", bytes: 400, rows: 40, rejected: 1 });
    expect(board.get(2, "key-aaaaaaaa")).toBeNull();
    expect(board.get(1, "key-bbbbbbbb")).toBeNull();
    track.done({ ...counts, bytes: 990, rows: 100, inserted: 99, batches: 2 });
    expect(board.get(1, "key-aaaaaaaa")).toMatchObject({ phase: "done", bytes: 1000, rows: 100, inserted: 99, error: null });
  });

  it("keeps a failed import's message, and forgets finished imports after 15 minutes", () => {
    vi.useFakeTimers({ now: new Date("2026-12-01T08:00:00Z") });
    const board = new LedgerImportBoard();
    board.start(1, "key-failed-1", head).failed("文件“a.csv”只有表头，没有数据行。");
    const running = board.start(1, "key-running", head);
    expect(board.get(1, "key-failed-1")).toMatchObject({ phase: "failed", error: "文件“a.csv”只有表头，没有数据行。" });
    vi.setSystemTime(new Date("2026-12-01T08:16:00Z"));
    expect(board.get(1, "key-failed-1")).toBeNull();
    expect(board.get(1, "key-running")?.phase).toBe("importing");
    running.done(counts);
    expect(board.get(1, "key-running")?.phase).toBe("done");
  });
});

describe.each(storeFactories())("an import followed on the board on $name", (factory) => {
  it("shows the rows growing batch by batch while the import runs", async () => {
    const { store, centerId } = await seededStore(factory);
    const dir = scratch();
    try {
      const file = join(dir, "cases.csv");
      const n = await writeCaseExport(file, { year: 2023, rows: 6_000, seed: 9 });
      const board = new LedgerImportBoard();
      const track = board.start(centerId, "key-follow-1", { ledger: "cases", file: "cases.csv", totalBytes: 0 });
      const seen: { rows: number; bytes: number; totalBytes: number; phase: string }[] = [];
      const r = await importLedger(store, centerId, {
        ledger: "cases",
        file,
        batchSize: 1_000,
        onProgress: (p) => {
          track.progress(p);
          seen.push(board.get(centerId, "key-follow-1")!);
        },
      });
      track.done(r);
      const during = seen.filter((s) => s.rows > 0 && s.rows < n);
      expect(during.length).toBeGreaterThanOrEqual(4);
      expect(during.every((s) => s.phase === "importing" && s.bytes > 0 && s.bytes <= s.totalBytes)).toBe(true);
      const rows = during.map((s) => s.rows);
      expect(rows).toEqual([...rows].sort((a, b) => a - b));
      expect(board.get(centerId, "key-follow-1")).toMatchObject({ phase: "done", rows: n, inserted: n });
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
