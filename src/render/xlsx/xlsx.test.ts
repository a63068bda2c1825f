import { describe, expect, it } from "vitest";
import { loadExcel } from "../../ingest/ledger/excel.js";
import { dashboardSeries } from "../../domain/dashboard/series.js";
import { archiveSheet, assessmentSheet, statsSheet } from "./tables.js";
import { xlsxOf } from "./workbook.js";

async function readBack(bytes: Buffer) {
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => ({ name: ws.name, rows: ws.getSheetValues().slice(1).map((r) => (Array.isArray(r) ? r.slice(1) : [])) }));
}

describe("XLSX exports", () => {
  it("writes each sheet with its title, Chinese headers and numbers as numbers", async () => {
    const bytes = await xlsxOf([
      assessmentSheet({ title: "2026年10月进驻部门（单位）窗口考核结果", rows: [{ rank: 1, department: "水利厅", base: 100, deduction: 0, bonus: 4, score: 104 }, { rank: 2, department: "公安厅", base: 100, deduction: -1, bonus: 0, score: 99 }] }),
      archiveSheet([{ year: 2026, seq: 46, total: 590, period: { start: "2026-11-09", end: "2026-11-13" }, publishedOn: null, statusLabel: "草稿", revision: 0 }]),
    ]);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    const [assessment, archive] = await readBack(bytes);
    expect(assessment.name).toBe("考核结果");
    expect(assessment.rows[0][0]).toBe("2026年10月进驻部门（单位）窗口考核结果");
    expect(assessment.rows[1]).toEqual(["名次", "部门窗口", "基础分值", "减分分值", "加分分值", "实得分值"]);
    expect(assessment.rows[3]).toEqual([2, "公安厅", 100, -1, 0, 99]);
    expect(archive.rows[2]).toEqual(["2026年第46期", 590, "11月9日—11月13日", "未定", "草稿"]);
  });

  it("lays a year's figures out one issue a row, weekly cases derived from consecutive year-to-date figures", async () => {
    const issue = (seq: number, accepted: number) => ({
      year: 2026,
      seq,
      total: 500 + seq,
      sections: [{ id: `s${seq}`, level: 1 as const, heading: "办件", children: [], content: { kind: "platform-stats" as const, platform: "p", scope: "s", from: null, asOf: null, licensing: { accepted, completed: accepted - 10 }, publicService: null, otherPower: null } }],
    });
    const series = dashboardSeries([issue(2, 250), issue(1, 100)] as never);
    const sheet = statsSheet(2026, series);
    const [read] = await readBack(await xlsxOf([sheet]));
    expect(read.rows[0][0]).toBe("2026年各期统计数据");
    expect(read.rows[1].slice(0, 3)).toEqual(["期号", "行政许可受理（年度累计）", "行政许可受理（本周）"]);
    expect(read.rows[3].slice(0, 3)).toEqual(["第2期", 250, 150]);
  });
});
