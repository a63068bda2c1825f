import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATEGORY_KEYS } from "../domain/ledger/provinceRollup.js";
import { writeCaseExport, writeDeskExport } from "../ingest/ledger/generator.js";
import { importLedger } from "../ingest/ledger/importer.js";
import type { Center, Store } from "../store/index.js";
import { seededStore, storeFactories } from "../store/testing.js";
import { systemActor } from "./actor.js";
import { centerToday, provinceDashboard, provinceRollupAsOf } from "./provinceSummarizer.js";
import { platformStatsAsOf } from "./statsFiller.js";

describe.each(storeFactories())("the province roll-up on $name", (factory) => {
  let store: Store;
  let dir: string;
  const c: Record<string, Center> = {};
  beforeAll(async () => {
    ({ store } = await seededStore(factory));
    dir = mkdtempSync(join(tmpdir(), "zhoubao-province-"));
    c.province = await store.centers.create("510000", "四川省政务服务中心");
    c.chengdu = await store.centers.create("510100", "成都市政务服务中心", {}, c.province.id);
    c.jinjiang = await store.centers.create("510104", "锦江区政务服务中心", {}, c.chengdu.id);
    c.aba = await store.centers.create("513200", "阿坝州政务服务中心", {}, c.province.id);
    c.other = await store.centers.create("520000", "贵州省政务服务中心");
    // Cases of 2024 and 2025 (YTD must start on 1 January), a desk ledger that must not count.
    for (const [i, x] of Object.values(c).entries()) {
      await store.departments.seed(x.id);
      if (x === c.aba) continue; // a center without any ledger counts as zero
      for (const year of [2024, 2025]) {
        const file = join(dir, `${x.code}-${year}.csv`);
        await writeCaseExport(file, { year, rows: 1500 + 500 * i, seed: year * 10 + i, asOf: `${year}-12-31` });
        await importLedger(store, x.id, { ledger: "cases", file });
      }
    }
    const desk = join(dir, "desk.csv");
    await writeDeskExport(desk, { year: 2025, rows: 800, seed: 7 });
    await importLedger(store, c.chengdu.id, { ledger: "desk", file: desk });
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("equals, center by center, each center's own YTD figures, and its total their sum", async () => {
    for (const asOf of ["2025-03-14", "2025-12-31", "2024-07-01"]) {
      const r = await provinceRollupAsOf(store, c.province.id, asOf);
      expect(r.asOf).toBe(asOf);
      expect(r.centers.map((x) => x.code)).toEqual(["510000", "510100", "513200", "510104"]);
      for (const row of r.centers) {
        const own = (await platformStatsAsOf(store, (await store.centers.byCode(row.code)).id, asOf)).stats;
        expect({ ...row }).toEqual({ code: row.code, name: row.name, licensing: own.licensing, publicService: own.publicService, otherPower: own.otherPower });
      }
      for (const k of CATEGORY_KEYS)
        for (const m of ["accepted", "completed"] as const) expect(r.total[k][m]).toBe(r.centers.reduce((n, x) => n + x[k][m], 0));
      expect(r.total.licensing.accepted).toBeGreaterThan(0);
      expect(r.centers.find((x) => x.code === "513200")!.licensing).toEqual({ accepted: 0, completed: 0 });
    }
  });

  it("sums only the subtree: a city sees itself and its counties, never a sibling or another province", async () => {
    const city = await provinceRollupAsOf(store, c.chengdu.id, "2025-12-31");
    expect(city.centers.map((x) => x.code)).toEqual(["510100", "510104"]);
    const all = await provinceRollupAsOf(store, c.province.id, "2025-12-31");
    const other = await provinceRollupAsOf(store, c.other.id, "2025-12-31");
    expect(other.centers.map((x) => x.code)).toEqual(["520000"]);
    expect(all.total.licensing.accepted).toBe(all.centers.slice(0, 4).reduce((n, x) => n + x.licensing.accepted, 0));
    expect(other.total.licensing.accepted).toBeGreaterThan(0);
  });

  it("refuses a date that is no date and a center that does not exist", async () => {
    await expect(provinceRollupAsOf(store, c.province.id, "2025-02-30")).rejects.toMatchObject({ code: "input.invalid" });
    await expect(provinceRollupAsOf(store, c.province.id, "今天")).rejects.toMatchObject({ code: "input.invalid" });
    await expect(provinceRollupAsOf(store, 999_999, "2025-06-30")).rejects.toMatchObject({ code: "center.not-found" });
  });

  it("marks per center whether the issue of the week is published, for a province administrator only", async () => {
    const editor = { ...systemActor(c.province.id), role: "editor" as const };
    await expect(provinceDashboard(store, editor, "2025-06-30")).rejects.toMatchObject({ code: "auth.forbidden" });
    const d = await provinceDashboard(store, { ...systemActor(c.province.id), role: "province" }, "2025-07-02");
    expect(d.week).toEqual({ start: "2025-06-30", end: "2025-07-06" });
    expect(d.centers.every((x) => x.weekIssue === null)).toBe(true);
    expect(d.total).toEqual((await provinceRollupAsOf(store, c.province.id, "2025-07-02")).total);
    expect(centerToday(new Date("2025-12-31T17:00:00Z"))).toBe("2026-01-01");
  });
});
