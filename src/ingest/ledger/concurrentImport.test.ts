import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../store/index.js";
import { seededStore, storeFactories } from "../../store/testing.js";
import { writeCaseExport } from "./generator.js";
import { importLedger } from "./importer.js";
import { directYtd, generatedCases, scratch } from "./testing.js";

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
  let store: Store;
  let centerId: number;
  let dir: string;
  beforeEach(async () => {
    ({ store, centerId } = await seededStore(factory));
    dir = scratch();
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("both complete, with distinct log ids, one id per matter name and rollups equal to a direct count", async () => {
    // Two years of the same center: the readers meet the same matter names in different
    // orders, so both number them from 1 and the writers must settle whose number is whose.
    const a = { year: 2021, rows: 9_000, seed: 11 };
    const b = { year: 2023, rows: 9_000, seed: 12 };
    const [fa, fb] = [join(dir, "2021.csv"), join(dir, "2023.csv")];
    await writeCaseExport(fa, a);
    await writeCaseExport(fb, b);
    const load = (file: string) => importLedger(store, centerId, { ledger: "cases", file, batchSize: 1_500 });
    const [ra, rb] = await Promise.all([load(fa), load(fb)]);

    expect(ra.importId).not.toBe(rb.importId);
    expect(ra.rejected + rb.rejected).toBe(0);
    expect(await store.ledger.rowCount(centerId, "cases")).toBe(ra.inserted + rb.inserted);
    const logs = await store.ledger.imports(centerId);
    expect(logs.map((l) => l.status)).toEqual(["done", "done"]);

    const matters = await store.ledger.matters(centerId);
    expect(new Set(matters.values()).size).toBe(matters.size);
    for (const [opts, year] of [[a, "2021"], [b, "2023"]] as const) {
      const cases = generatedCases(opts);
      const [from, to] = [`${year}-01-01`, `${year}-12-31`];
      expect(Object.fromEntries(await store.ledger.casesByMatter(centerId, from, to))).toEqual(Object.fromEntries(directByMatter(cases, from, to)));
      const sums = await store.ledger.sums(centerId, from, to);
      const direct = directYtd(cases, to);
      for (const c of ["licensing", "publicService", "otherPower"] as const)
        for (const m of ["accepted", "completed"] as const) expect(sums.find((s) => s.category === c && s.measure === m)?.n ?? 0, `${year} ${c} ${m}`).toBe(direct[c][m]);
    }
  });

  it("counts a file imported twice at the same time once", async () => {
    const opts = { year: 2023, rows: 6_000, seed: 5 };
    const file = join(dir, "same.csv");
    const n = await writeCaseExport(file, opts);
    const load = () => importLedger(store, centerId, { ledger: "cases", file, batchSize: 1_000 });
    const [r1, r2] = await Promise.all([load(), load()]);
    expect(r1.inserted + r2.inserted).toBe(new Set(generatedCases(opts).map((c) => c.caseNo)).size);
    expect(r1.inserted + r1.updated + r1.unchanged).toBe(n);
    expect(await store.ledger.rowCount(centerId, "cases")).toBe(r1.inserted + r2.inserted);
    const sums = await store.ledger.sums(centerId, "2023-01-01", "2023-12-31");
    const direct = directYtd(generatedCases(opts), "2023-12-31");
    for (const c of ["licensing", "publicService", "otherPower"] as const)
      for (const m of ["accepted", "completed"] as const) expect(sums.find((s) => s.category === c && s.measure === m)?.n ?? 0, `${c} ${m}`).toBe(direct[c][m]);
  });
});
