import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { storeFactories } from "../../store/testing.js";
import { importLedger } from "./index.js";
import { freshLedgerStore } from "./testing.js";

/** Exports the fuzzer found stalling the reader (fixtures/broken/README.md). */
const BROKEN = resolve(import.meta.dirname, "fixtures/broken");
const files = readdirSync(BROKEN).filter((f) => f.endsWith(".xlsx"));

describe.each(storeFactories())("broken exports found by fuzzing, on $name", (factory) => {
  const t = freshLedgerStore(factory);
  it.each(files)("%s is refused with ledger.bad-file, and nothing is written", async (name) => {
    const ledger = name.startsWith("desk") ? "desk" : "cases";
    await expect(importLedger(t.store, t.centerId, { ledger, file: join(BROKEN, name) })).rejects.toMatchObject({
      code: "ledger.bad-file",
      message: expect.stringMatching(/无法读取：(其中的“.+”(已损坏|在目录中出现了不止一次)|压缩包目录已损坏)/),
    });
    expect(await t.store.ledger.imports(t.centerId)).toEqual([]);
  }, 60_000);
});
