import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCaseExport, writeDeskExport } from "../../../ingest/ledger/generator.js";
import { directDesk, directYtd, generatedCases, generatedDeskEvents, scratch } from "../../../ingest/ledger/testing.js";
import { storeFactories } from "../../../store/testing.js";
import { sectionOf } from "../../weeklyFigures.js";
import { startTestApp, type ApiClient, type TestApp } from "../../testing.js";

const file = (path: string) => ({ name: path.split("/").pop()!, bytes: readFileSync(path) });

describe.each(storeFactories())("ledger uploads and fill-figures on $name", (factory) => {
  let t: TestApp;
  let editor: ApiClient, admin: ApiClient, reader: ApiClient;
  let dir: string;
  let ref: string;
  const cases = { year: 2026, rows: 3_000, seed: 11, asOf: "2026-11-20" };
  const desk = { year: 2026, rows: 2_000, seed: 5, asOf: "2026-11-20" };

  beforeAll(async () => {
    t = await startTestApp(factory, { uploads: { reportMaxBytes: 1 << 20, ledgerMaxBytes: 4 << 20 } });
    [editor, admin, reader] = await Promise.all([t.as("editor"), t.as("admin"), t.as("reader")]);
    dir = scratch();
    ref = `${t.draft.year}-${t.draft.seq}`;
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("imports a case export and a front-desk export, idempotently, with an audit entry", async () => {
    const csv = join(dir, "办件2026.csv");
    const n = await writeCaseExport(csv, { ...cases, encoding: "gb18030" });
    const first = await editor.upload("/api/ledger/cases", { source: "省平台" }, file(csv));
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ kind: "cases", file: "办件2026.csv", rows: n, inserted: n, updated: 0, rejected: [], rejectedCount: 0 });
    const again = await admin.upload("/api/ledger/cases", {}, file(csv));
    expect(again.body).toMatchObject({ rows: n, inserted: 0, updated: 0, unchanged: n });

    const xlsx = join(dir, "台账.xlsx");
    const m = await writeDeskExport(xlsx, { ...desk, format: "xlsx" });
    const d = await editor.upload("/api/ledger/desk", {}, file(xlsx));
    expect(d.status).toBe(200);
    expect(d.body).toMatchObject({ kind: "desk", rows: m, inserted: m, rejectedCount: 0 });

    const log = await t.store.audit.list(t.centerId, { entity: "ledger" });
    expect(log.map((e) => [e.action, e.actor])).toEqual([
      ["import-desk", "t-editor"],
      ["import-cases", "t-admin"],
      ["import-cases", "t-editor"],
    ]);
  });

  it("fills the draft's platform figures and window counts from what was imported", async () => {
    const r = await editor.post(`/api/issues/${ref}/fill-figures`, {});
    expect(r.status).toBe(200);
    const end = t.draft.period.end;
    const want = directYtd(generatedCases(cases), end);
    const stats = sectionOf(r.body.sections, "platform-stats").content;
    expect({ licensing: stats.licensing, publicService: stats.publicService, otherPower: stats.otherPower }).toEqual(want);
    expect(stats.asOf).toBe(end);
    const counts = sectionOf(r.body.sections, "window-counts").content;
    const events = generatedDeskEvents(desk);
    expect(counts.week).toEqual(directDesk(events, t.draft.period.start, end));
    expect(counts.ytd).toEqual(directDesk(events, "2026-01-01", end));
    expect(r.body.filled.length).toBe(2);
    const stored = await t.store.issues.byId(t.draft.id);
    expect(sectionOf(stored!.sections, "platform-stats").content).toEqual(stats);
  });

  it("reports rejected rows with their line numbers, and refuses files that are no table", async () => {
    const csv = join(dir, "bad.csv");
    writeFileSync(csv, "办件编号,事项名称,事项类型,部门,受理时间,办结时间\nX-1,营业执照,行政许可,省市场监管局,2026-03-02 09:10,\nX-2,某事项,未知类型,省市场监管局,2026-03-02 09:11,\n");
    const r = await editor.upload("/api/ledger/cases", {}, file(csv));
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ rows: 2, rejectedCount: 1 });
    expect(r.body.rejected).toEqual([{ line: 3, reason: expect.stringMatching(/未知类型|事项类型/) }]);

    const empty = join(dir, "empty.csv");
    writeFileSync(empty, "");
    const e = await editor.upload("/api/ledger/cases", {}, file(empty));
    expect([e.status, e.body.code]).toEqual([400, "ledger.bad-file"]);
    const big = await editor.upload("/api/ledger/desk", {}, { name: "big.csv", bytes: Buffer.alloc(5 << 20, "a") });
    expect([big.status, big.body.code]).toEqual([413, "upload.too-large"]);
    const denied = await reader.upload("/api/ledger/cases", {}, file(csv));
    expect(denied.status).toBe(403);
  });
});
