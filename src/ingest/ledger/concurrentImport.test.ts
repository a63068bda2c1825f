import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { storeFactories } from "../../store/testing.js";
import { writeCaseExport } from "./generator.js";
import { importLedger } from "./importer.js";
import { directYtd, freshLedgerStore, generatedCases, storedYtd } from "./testing.js";

/** Accepted cases per matter name in [from, to], counted from export rows (last row of a case wins). */
function directByMatter(cases: ReturnType<typeof generatedCases>, from: string, to: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of new Map(cases.map((x) => [x.caseNo, x])).values()) {
    const day = c.acceptedAt.slice(0, 10);
    if (day >= from && day <= to) out.set(c.matter, (out.get(c.matter) ?? 0) + 1);
  }
  return out;
}

describe.each(storeFactories())("two imports at once in one center on $name", (factory) => {
  const t = freshLedgerStore(factory);

  it("both complete, with distinct log ids, one id per matter name and rollups equal to a direct count", async () => {
    // Two years of the same center: the readers meet the same matter names in different
    // orders, so both number them from 1 and the writers must settle whose number is whose.
    const a = { year: 2021, rows: 9_000, seed: 11 };
    const b = { year: 2023, rows: 9_000, seed: 12 };
    const [fa, fb] = [join(t.dir, "2021.csv"), join(t.dir, "2023.csv")];
    await writeCaseExport(fa, a);
    await writeCaseExport(fb, b);
    const load = (file: string) => importLedger(t.store, t.centerId, { ledger: "cases", file, batchSize: 1_500 });
    const [ra, rb] = await Promise.all([load(fa), load(fb)]);

    expect(ra.importId).not.toBe(rb.importId);
    expect(ra.rejected + rb.rejected).toBe(0);
    expect(await t.store.ledger.rowCount(t.centerId, "cases")).toBe(ra.inserted + rb.inserted);
    const logs = await t.store.ledger.imports(t.centerId);
    expect(logs.map((l) => l.status)).toEqual(["done", "done"]);

    const matters = await t.store.ledger.matters(t.centerId);
    expect(new Set(matters.values()).size).toBe(matters.size);
    for (const [opts, year] of [[a, "2021"], [b, "2023"]] as const) {
      const cases = generatedCases(opts);
      const [from, to] = [`${year}-01-01`, `${year}-12-31`];
      expect(Object.fromEntries(await t.store.ledger.casesByMatter(t.centerId, from, to))).toEqual(Object.fromEntries(directByMatter(cases, from, to)));
      expect(await storedYtd(t.store, t.centerId, to), year).toEqual(directYtd(cases, to));
    }
  });

  it("counts a file imported twice at the same time once", async () => {
    const opts = { year: 2023, rows: 6_000, seed: 5 };
    const file = join(t.dir, "same.csv");
    const n = await writeCaseExport(file, opts);
    const load = () => importLedger(t.store, t.centerId, { ledger: "cases", file, batchSize: 1_000 });
    const [r1, r2] = await Promise.all([load(), load()]);
    expect(r1.inserted + r2.inserted).toBe(new Set(generatedCases(opts).map((c) => c.caseNo)).size);
    expect(r1.inserted + r1.updated + r1.unchanged).toBe(n);
    expect(await t.store.ledger.rowCount(t.centerId, "cases")).toBe(r1.inserted + r2.inserted);
    expect(await storedYtd(t.store, t.centerId, "2023-12-31")).toEqual(directYtd(generatedCases(opts), "2023-12-31"));
  });
});
