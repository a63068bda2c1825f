import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCaseExport } from "../../../ingest/ledger/generator.js";
import { importLedger } from "../../../ingest/ledger/importer.js";
import { platformStatsAsOf } from "../../../services/statsFiller.js";
import { storeFactories } from "../../../store/testing.js";
import { startTestApp, type ApiClient, type TestApp } from "../../testing.js";

describe.each(storeFactories())("GET /api/province/summary on $name", (factory) => {
  let t: TestApp;
  let province: ApiClient;
  let dir: string;
  let published: { year: number; seq: number; period: { end: string } };
  const children: { id: number; code: string }[] = [];
  beforeAll(async () => {
    t = await startTestApp(factory);
    dir = mkdtempSync(join(tmpdir(), "zhoubao-province-route-"));
    // The test app's center is the root; a city and a county under it, each with a ledger.
    const city = await t.store.centers.create("510100", "成都市政务服务中心", {}, t.centerId);
    const county = await t.store.centers.create("510104", "锦江区政务服务中心", {}, city.id);
    children.push(city, county);
    const last = (await t.store.issueIndex.list(t.centerId, { status: "published", limit: 1 }))[0];
    published = { year: last.year, seq: last.seq, period: last.period };
    const year = Number(published.period.end.slice(0, 4));
    for (const [i, id] of [t.centerId, city.id, county.id].entries()) {
      await t.store.departments.seed(id);
      const file = join(dir, `${i}.csv`);
      await writeCaseExport(file, { year, rows: 800 + 200 * i, seed: 90 + i, asOf: published.period.end });
      await importLedger(t.store, id, { ledger: "cases", file });
    }
    province = await t.as("province");
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers the subtree's YTD figures, each equal to the center's own, their total, and this week's issue per center", async () => {
    const asOf = published.period.end;
    const r = await province.get(`/api/province/summary?asOf=${asOf}`);
    expect(r.status).toBe(200);
    expect(r.body.asOf).toBe(asOf);
    expect(r.body.centers.map((c: { code: string }) => c.code)).toEqual([(await t.store.centers.byId(t.centerId)).code, "510100", "510104"]);
    for (const [i, id] of [t.centerId, ...children.map((c) => c.id)].entries()) {
      const own = (await platformStatsAsOf(t.store, id, asOf)).stats;
      const c = r.body.centers[i];
      expect([c.licensing, c.publicService, c.otherPower]).toEqual([own.licensing, own.publicService, own.otherPower]);
    }
    expect(r.body.total.licensing.accepted).toBe(r.body.centers.reduce((n: number, c: { licensing: { accepted: number } }) => n + c.licensing.accepted, 0));
    expect(r.body.total.licensing.accepted).toBeGreaterThan(0);
    expect(r.body.centers[0].weekIssue).toEqual({ ref: `${published.year}-${published.seq}`, published: true });
    expect(r.body.centers[1].weekIssue).toBeNull();
    expect(r.body.week.start <= asOf && asOf <= r.body.week.end).toBe(true);
  });

  it("shows the draft of the week as not yet published", async () => {
    const r = await province.get(`/api/province/summary?asOf=${t.draft.period.end}`);
    expect(r.status).toBe(200);
    expect(r.body.centers[0].weekIssue).toEqual({ ref: `${t.draft.year}-${t.draft.seq}`, published: false });
  });

  it("is for a province administrator only, and refuses a date that is no date", async () => {
    for (const role of ["admin", "editor", "reader"] as const) {
      const r = await (await t.as(role)).get("/api/province/summary");
      expect([r.status, r.body.code]).toEqual([403, "auth.forbidden"]);
    }
    expect((await t.anonymous().get("/api/province/summary")).status).toBe(401);
    const bad = await province.get("/api/province/summary?asOf=2025-02-30");
    expect([bad.status, bad.body.code]).toEqual([400, "input.invalid"]);
    expect((await province.get("/api/province/summary")).status).toBe(200);
  });
});
