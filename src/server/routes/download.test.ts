import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadExcel } from "../../ingest/ledger/excel.js";
import { storeFactories } from "../../store/testing.js";
import { startTestApp, type Answer, type ApiClient, type TestApp } from "../testing.js";

/** The rows of the answer's first sheet, each as an array of cell values (title row first). */
async function sheetOf(r: Answer): Promise<unknown[][]> {
  expect(r.status).toBe(200);
  expect(String(r.headers["content-type"])).toContain("spreadsheetml");
  expect(String(r.headers["content-disposition"])).toMatch(/^attachment; filename="zhoubao-[\w-]+\.xlsx"; filename\*=UTF-8''(\d|%E)/);
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(r.raw as unknown as ArrayBuffer);
  return wb.worksheets[0].getSheetValues().slice(1).map((row) => (Array.isArray(row) ? row.slice(1) : []));
}

describe.each(storeFactories())("XLSX exports on $name", (factory) => {
  let t: TestApp;
  let editor: ApiClient, reader: ApiClient, assessor: ApiClient, liaison: ApiClient;
  beforeAll(async () => {
    t = await startTestApp(factory);
    [editor, reader, assessor, liaison] = await Promise.all([t.as("editor"), t.as("reader"), t.as("assessor"), t.as("liaison")]);
  });
  afterAll(async () => t?.close());

  it("往期周报一览: every issue for the editor, the published ones for a reader, with Chinese headers", async () => {
    const all = await t.store.issueIndex.list(t.centerId, {});
    const rows = await sheetOf(await editor.get("/api/archive/export.xlsx"));
    expect(rows[0][0]).toBe(`往期周报一览（共 ${all.length} 期）`);
    expect(rows[1]).toEqual(["期号", "总期号", "统计周期", "印发日期", "状态", "版次"]);
    expect(rows.slice(2).map((r) => r[0])).toEqual(all.map((i) => `${i.year}年第${i.seq}期`));
    expect(rows.slice(2).find((r) => r[0] === `${t.draft.year}年第${t.draft.seq}期`)?.[4]).toBe("草稿");
    const forReader = await sheetOf(await reader.get("/api/archive/export.xlsx"));
    expect(forReader.length - 2).toBe(all.filter((i) => i.status === "published").length);
    expect((await t.anonymous().get("/api/archive/export.xlsx")).status).toBe(401);
  });

  it("统计数据: a year's issues one per row, the figures the dashboard draws", async () => {
    const year = t.draft.year;
    const d = (await editor.get(`/api/dashboard?year=${year}`)).body;
    const rows = await sheetOf(await editor.get(`/api/dashboard/export.xlsx?year=${year}`));
    expect(rows[0][0]).toBe(`${year}年各期统计数据`);
    expect(rows[1].slice(0, 3)).toEqual(["期号", "行政许可受理（年度累计）", "行政许可受理（本周）"]);
    expect(rows.slice(2).map((r) => r[0])).toEqual(d.series.labels);
    const last = rows.at(-1)!;
    expect(last[1] ?? null).toBe(d.series.ytd.licensing.accepted.at(-1));
    expect(last[2] ?? null).toBe(d.series.weekly.licensing.accepted.at(-1));
    const bad = await editor.get("/api/dashboard/export.xlsx?year=1999");
    expect([bad.status, bad.body.code]).toEqual([400, "input.invalid"]);
  });

  it("考核结果: a month's ranking, readable by its readers only, 404 in Chinese for an unknown one", async () => {
    const a = await assessor.post("/api/assessments", {
      month: "2026-08",
      entries: [
        { department: "水利厅", deductions: [], bonuses: [{ points: 2, reason: "收到群众表扬" }] },
        { department: "公安厅", deductions: [{ points: 1, reason: "窗口人员迟到" }], bonuses: [] },
      ],
    });
    expect(a.status).toBe(201);
    const r = await editor.get(`/api/assessments/${a.body.id}/export.xlsx`);
    const rows = await sheetOf(r);
    expect(rows[0][0]).toBe("2026年8月进驻部门（单位）窗口考核结果");
    expect(rows[1]).toEqual(["名次", "部门窗口", "基础分值", "减分分值", "加分分值", "实得分值"]);
    expect(rows.slice(2)).toEqual([
      [1, "水利厅", 100, 0, 2, 102],
      [2, "公安厅", 100, -1, 0, 99],
    ]);
    expect(decodeURIComponent(String(r.headers["content-disposition"]))).toContain("2026年8月进驻部门（单位）窗口考核结果.xlsx");
    expect((await liaison.get(`/api/assessments/${a.body.id}/export.xlsx`)).status).toBe(403);
    const missing = await editor.get("/api/assessments/999999/export.xlsx");
    expect(missing.status).toBe(404);
    expect(missing.body.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
