import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCaseExport, writeDeskExport } from "../../../ingest/ledger/generator.js";
import { directDesk, directYtd, generatedCases, generatedDeskEvents, scratch } from "../../../ingest/ledger/testing.js";
import { pairOf } from "../../../services/statsFiller.js";
import { storeFactories } from "../../../store/testing.js";
import { zipFixture } from "../../../ingest/zip/testing.js";
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
    for (const name of ["bomb.xlsx", "truncated.xlsx"]) {
      const broken = await editor.upload("/api/ledger/desk", {}, zipFixture(name));
      expect([broken.status, broken.body.code]).toEqual([400, "ledger.bad-file"]);
    }
    const big = await editor.upload("/api/ledger/desk", {}, { name: "big.csv", bytes: Buffer.alloc(5 << 20, "a") });
    expect([big.status, big.body.code]).toEqual([413, "upload.too-large"]);
    const denied = await reader.upload("/api/ledger/cases", {}, file(csv));
    expect(denied.status).toBe(403);
  });

  it("follows an upload's import by the page's progress key, and lists the import log", async () => {
    const csv = join(dir, "进度.csv");
    const n = await writeCaseExport(csv, { year: 2019, rows: 1_500, seed: 3 });
    const size = readFileSync(csv).length;
    const key = "k-0123456789abcdef";
    expect((await editor.get(`/api/ledger/progress/${key}`)).body.code).toBe("ledger.progress-unknown");
    const r = await editor.upload("/api/ledger/cases", { progressKey: key }, file(csv));
    expect(r.status).toBe(200);
    const p = await admin.get(`/api/ledger/progress/${key}`);
    expect(p.status).toBe(200);
    expect(p.body).toMatchObject({ phase: "done", ledger: "cases", file: "进度.csv", bytes: size, totalBytes: size, rows: n, inserted: n, rejected: 0, error: null });
    expect((await reader.get(`/api/ledger/progress/${key}`)).status).toBe(403);

    const log = await editor.get("/api/ledger/imports?limit=2");
    expect(log.status).toBe(200);
    expect(log.body[0]).toMatchObject({ ledger: "cases", fileName: "进度.csv", status: "done", rowsRead: n, inserted: n, batches: 1 });
    expect(log.body.length).toBe(2);
    expect((await editor.get("/api/ledger/imports?limit=0")).body.code).toBe("input.invalid");
  });

  it("refuses a malformed progress key before importing anything, and reports a failed import on the board", async () => {
    const csv = join(dir, "坏编号.csv");
    await writeCaseExport(csv, { year: 2024, rows: 200, seed: 4 });
    const before = await t.store.ledger.rowCount(t.centerId, "cases");
    const bad = await editor.upload("/api/ledger/cases", { progressKey: "../../etc" }, file(csv));
    expect([bad.status, bad.body.code]).toEqual([400, "input.invalid"]);
    expect(bad.body.message).toContain("progressKey");
    expect(await t.store.ledger.rowCount(t.centerId, "cases")).toBe(before);

    const empty = join(dir, "空.csv");
    writeFileSync(empty, "办件编号,事项名称,事项类型,部门,受理时间,办结时间\n");
    const failed = await editor.upload("/api/ledger/cases", { progressKey: "k-empty-file-1" }, file(empty));
    expect([failed.status, failed.body.code]).toEqual([400, "ledger.bad-file"]);
    const p = await editor.get("/api/ledger/progress/k-empty-file-1");
    expect(p.body).toMatchObject({ phase: "failed", error: failed.body.message });
  });

  it("gives every signed-in user the year's ledger summary for the dashboard, from the rollups", async () => {
    const r = await reader.get("/api/ledger/summary?year=2026");
    expect(r.status).toBe(200);
    // Counted from the stored rows (a full scan), independently of the rollups the summary reads;
    // the file of the rejected-rows test above added one 2026 licensing case to the generated ones.
    const rows = await t.store.ledger.recount(t.centerId, "2026-01-01", "2026-12-31");
    const counted = (c: string) => pairOf(rows, c);
    const direct = directYtd(generatedCases(cases), "2026-12-31");
    expect(counted("licensing").accepted).toBe(direct.licensing.accepted + 1);
    expect(r.body.lastDay <= "2026-11-20" && r.body.lastDay >= "2026-11-01").toBe(true);
    expect(r.body.months.map((m: { month: string }) => m.month)).toEqual(Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`));
    for (const c of ["licensing", "publicService", "otherPower"] as const) {
      expect(r.body.ytd[c]).toEqual(counted(c));
      const sum = (m: "accepted" | "completed") => r.body.months.reduce((t: number, x: any) => t + x[c][m], 0);
      expect({ accepted: sum("accepted"), completed: sum("completed") }).toEqual(counted(c));
    }
    expect(r.body.ytd.window).toEqual(directDesk(generatedDeskEvents(desk), "2026-01-01", "2026-12-31"));
    const deps = r.body.departments as { department: string; accepted: number }[];
    expect(deps.length).toBeGreaterThan(3);
    expect(deps.length).toBeLessThanOrEqual(12);
    expect(deps.map((d) => d.accepted)).toEqual(deps.map((d) => d.accepted).sort((a, b) => b - a));
    expect(deps.every((d) => !d.department.startsWith("部门 "))).toBe(true);

    const none = await reader.get("/api/ledger/summary?year=2001");
    expect(none.body).toMatchObject({ year: 2001, lastDay: null, months: [], departments: [] });
    expect(none.body.ytd.licensing).toEqual({ accepted: 0, completed: 0 });
    expect((await reader.get("/api/ledger/summary?year=abc")).body.code).toBe("input.invalid");
  });

  it("takes a column mapping chosen in the form when an export's headers differ, and keeps it for the named source", async () => {
    const csv = join(dir, "市平台导出.csv");
    await writeCaseExport(csv, { year: 2018, rows: 400, seed: 8 });
    const renamed = join(dir, "改列名.csv");
    const text = readFileSync(csv, "utf8");
    writeFileSync(renamed, text.replace(/^办件编号,/, "统一编码,"));
    const n = text.trim().split("\n").length - 1;

    const refused = await editor.upload("/api/ledger/cases", {}, file(renamed));
    expect([refused.status, refused.body.code]).toEqual([400, "ledger.bad-mapping"]);
    expect(refused.body.details).toMatchObject({ ledger: "cases", missingFields: ["caseNo"], header: expect.arrayContaining(["统一编码", "部门"]) });
    expect(refused.body.message).toContain("列对应");

    const mapped = await editor.upload("/api/ledger/cases", { source: "市平台", mapping: JSON.stringify({ caseNo: "统一编码" }) }, file(renamed));
    expect(mapped.status).toBe(200);
    expect(mapped.body).toMatchObject({ rows: n, inserted: n, rejectedCount: 0 });
    const again = await editor.upload("/api/ledger/cases", { source: "市平台" }, file(renamed));
    expect(again.body).toMatchObject({ rows: n, inserted: 0, unchanged: n });

    for (const mapping of ["{caseNo:", JSON.stringify({ 火星: "统一编码" }), JSON.stringify({ caseNo: "" })]) {
      const bad = await editor.upload("/api/ledger/cases", { mapping }, file(renamed));
      expect([bad.status, bad.body.code], mapping).toEqual([400, "input.invalid"]);
      expect(bad.body.message).toContain("mapping");
    }
  });
});
