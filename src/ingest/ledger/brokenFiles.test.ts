import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { storeFactories } from "../../store/testing.js";
import { importLedger } from "./index.js";
import { freshLedgerStore, scratch } from "./testing.js";

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

/**
 * The fuzzer's “entry bomb” (seed 1, inputs 14015 and 64361; 70 MB each, too big to keep
 * here): a small part of the workbook padded with millions of elements and stored
 * uncompressed, so that no compression ratio gives it away. exceljs took over a minute on
 * each. Rebuilt at 17 MB from the fuzzer's desk seed.
 */
async function storedBomb(part: string, file: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(resolve(import.meta.dirname, "../fuzz/seeds/desk.xlsx")));
  const xml = await zip.file(part)!.async("string");
  const at = xml.lastIndexOf("<");
  zip.file(part, `${xml.slice(0, at)}${"<a/>".repeat(17 << 18)}${xml.slice(at)}`);
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "STORE" }));
}

describe.each(storeFactories())("a workbook part padded to 17 MB and stored, on $name", (factory) => {
  const t = freshLedgerStore(factory);
  it.each(["xl/styles.xml", "xl/workbook.xml"])("%s is refused by its size with ledger.bad-file, and nothing is written", async (part) => {
    const file = join(scratch(), "bomb.xlsx");
    await storedBomb(part, file);
    await expect(importLedger(t.store, t.centerId, { ledger: "desk", file })).rejects.toMatchObject({
      code: "ledger.bad-file",
      // Refused from the zip directory, before exceljs reads anything.
      message: expect.stringMatching(new RegExp(`其中的“${part}”解压后有 \\d+ MB，超过上限 16 MB`)),
    });
    expect(await t.store.ledger.imports(t.centerId)).toEqual([]);
  }, 60_000);
});
