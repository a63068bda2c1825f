import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { storeFactories } from "../../store/testing.js";
import { writeDeskExport } from "./generator.js";
import { importLedger } from "./importer.js";
import { directDesk, freshLedgerStore, generatedDeskEvents } from "./testing.js";

describe.each(storeFactories())("front-desk import on $name", (factory) => {
  const t = freshLedgerStore(factory);

  const counts = async (from: string, to: string) => {
    const sums = await t.store.ledger.sums(t.centerId, from, to);
    const n = (m: string) => sums.find((s) => s.category === "window" && s.measure === m)?.n ?? 0;
    return { consulted: n("consulted"), accepted: n("accepted"), issued: n("issued"), circulated: n("circulated") };
  };
  const load = (file: string) => importLedger(t.store, t.centerId, { ledger: "desk", file });

  it.each([true, false])("counts the week and the year like a direct count, and again after a re-import (流水号: %s)", async (serials) => {
    const opts = { year: 2023, rows: 15_000, seed: 5, serials };
    const file = join(t.dir, "desk.csv");
    const n = await writeDeskExport(file, opts);
    expect(await load(file)).toMatchObject({ rows: n, inserted: n, rejected: 0 });
    const events = generatedDeskEvents(opts);
    expect(await counts("2023-12-11", "2023-12-15")).toEqual(directDesk(events, "2023-12-11", "2023-12-15"));
    expect(await counts("2023-01-01", "2023-12-15")).toEqual(directDesk(events, "2023-01-01", "2023-12-15"));
    expect(await load(file)).toMatchObject({ inserted: 0, updated: 0, unchanged: n });
    expect(await counts("2023-01-01", "2023-12-31")).toEqual(directDesk(events, "2023-01-01", "2023-12-31"));
    const y = await counts("2023-01-01", "2023-12-31");
    expect(y.circulated).toBeGreaterThan(y.issued);
    expect(y.issued).toBeGreaterThan(y.consulted);
  });

  it("keeps two identical events without serial numbers as two, once", async () => {
    const file = join(t.dir, "twins.csv");
    const row = "发票领用,出件,税务局,2023-03-01 10:00:00";
    writeFileSync(file, `事项名称,业务类型,部门,发生时间\n${row}\n${row}\n发票领用,咨询,民政厅,2023-03-01 10:01:00\n发票领用,盖章,民政厅,2023-03-01 10:02:00\n`);
    const r = await load(file);
    expect(r).toMatchObject({ inserted: 3, rejected: 1 });
    expect(r.rejections[0].reason).toContain("第 5 行：业务类型“盖章”");
    await load(file);
    expect(await counts("2023-03-01", "2023-03-01")).toEqual({ consulted: 1, accepted: 0, issued: 2, circulated: 0 });
  });

  it("reads an XLSX front-desk export", async () => {
    const opts = { year: 2023, rows: 2_000, seed: 9 };
    const file = join(t.dir, "desk.xlsx");
    await writeDeskExport(file, { ...opts, format: "xlsx" });
    expect(await load(file)).toMatchObject({ inserted: 2_000, format: "xlsx" });
    expect(await counts("2023-01-01", "2023-12-31")).toEqual(directDesk(generatedDeskEvents(opts), "2023-01-01", "2023-12-31"));
  });
});
