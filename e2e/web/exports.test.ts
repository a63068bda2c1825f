import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { loadExcel } from "../../src/ingest/ledger/excel.js";
import { skipNotice } from "./browser.js";
import { fillTheRest } from "./flows/cycle.js";
import { settled } from "./flows/screens.js";
import { apiGet, apiSend, confirm, go, until, visible, type Session } from "./ui.js";
import { webApp } from "./webApp.js";

const skip = skipNotice();

type Issue = { ref: string; year: number; seq: number; title: string; sections: { content: { kind: string; licensing?: { accepted: number } | null } }[] };

/** Clicks a download button and answers the file's suggested name and bytes. */
async function downloaded(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent("download", { timeout: 90_000 }), button.click()]);
  return { name: dl.suggestedFilename(), bytes: readFileSync((await dl.path())!) };
}

/** The first sheet of a workbook as rows of cell values (title row first). */
async function sheetRows(bytes: Buffer): Promise<unknown[][]> {
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets[0].getSheetValues().slice(1).map((r) => (Array.isArray(r) ? r.slice(1) : []));
}

/**
 * 发布 and the files in a real Chromium: the editor publishes and watches the server's
 * steps (校核, DOCX, PDF, HTML, 归档) go by; then the issue is downloaded as Word, PDF and
 * HTML, and the archive list, a year's statistics and a month's assessment as Excel —
 * every file read back here.
 */
describe.skipIf(skip)("publishing with its steps, and every download read back", () => {
  const app = webApp();
  let issue: Issue;
  let editor: Session;

  it("发布 shows the server's steps as they run, then the issue is published", { timeout: 300_000 }, async () => {
    let approver: Session;
    [editor, approver] = await Promise.all([app.open("editor1"), app.open("approver1")]);
    const { page } = editor;
    const created = await apiSend<{ issue: Issue }>(page, "POST", "/api/issues", {});
    const ref = created.issue.ref;
    await go(page, app.s.url, `/editor/${ref}`);
    await visible(page.getByTestId("tree-node"));
    await fillTheRest(page, ref);
    await apiSend(page, "POST", `/api/issues/${ref}/transitions`, { action: "submit" });
    await apiSend(approver.page, "POST", `/api/issues/${ref}/transitions`, { action: "approve" });
    await page.reload();
    await (await visible(page.getByTestId("publish"))).click();
    await confirm(page, "发布");
    const dialog = await visible(page.getByTestId("publish-progress"), 30_000);
    // Each distinct picture of the steps while the dialog is open: done ✓, running …, waiting.
    const pictures: string[] = [];
    await until(
      "发布完成",
      async () => {
        const states = await dialog
          .locator(".ant-steps-item")
          .evaluateAll((els) => els.map((el) => `${el.querySelector(".ant-steps-item-title")?.textContent?.trim()}:${/finish/.test(el.className) ? "完成" : /process/.test(el.className) ? "进行" : /error/.test(el.className) ? "失败" : "等待"}`).join(" "))
          .catch(() => "");
        if (states && pictures.at(-1) !== states) pictures.push(states);
        return (await page.getByTestId("issue-status").innerText()).includes("已发布");
      },
      240_000,
    );
    expect(pictures.some((p) => p.includes("失败")), pictures.join("\n")).toBe(false);
    // The server reported steps one after another: at least one picture with a step done and a later one running.
    expect(pictures.some((p) => /校核:完成 .*(DOCX|PDF|HTML|归档):进行/.test(p)), pictures.join("\n")).toBe(true);
    await until("进度窗口关闭", async () => (await page.getByTestId("publish-progress").count()) === 0);
    issue = await apiGet<Issue>(page, `/api/issues/${ref}`);
  });

  it("下载 Word, PDF and HTML: a DOCX with word/document.xml, a PDF whose text has the title, an HTML page with it", { timeout: 180_000 }, async () => {
    const { page } = editor;
    const numberLine = `${issue.year}年第${issue.seq}期`;
    const docx = await downloaded(page, page.getByTestId("download-docx").first());
    expect(docx.name).toBe(`${issue.title}${numberLine}.docx`);
    const xml = await (await JSZip.loadAsync(docx.bytes)).file("word/document.xml")!.async("string");
    expect(xml).toContain(issue.title);

    const pdf = await downloaded(page, page.getByTestId("download-pdf").first());
    expect(pdf.bytes.subarray(0, 4).toString("latin1")).toBe("%PDF");
    const text = spawnSync("pdftotext", ["-", "-"], { input: pdf.bytes, encoding: "utf8" }).stdout.replace(/\s+/g, "");
    expect(text).toContain(issue.title);
    expect(text).toContain(numberLine);

    const html = await downloaded(page, page.getByTestId("download-html").first());
    expect(html.name).toBe(`${issue.title}${numberLine}.html`);
    expect(html.bytes.toString("utf8")).toContain(issue.title);
    expect(html.bytes.toString("utf8")).toContain(numberLine);
  });

  it("导出 Excel: the archive list, the year's statistics and a month's assessment, with Chinese headers and known values", { timeout: 180_000 }, async () => {
    const { page } = editor;
    const numberLine = `${issue.year}年第${issue.seq}期`;
    await go(page, app.s.url, "/archive");
    await settled(page);
    const archive = await sheetRows((await downloaded(page, page.getByTestId("export-archive"))).bytes);
    expect(archive[1]).toEqual(["期号", "总期号", "统计周期", "印发日期", "状态", "版次"]);
    expect(archive.find((r) => r[0] === numberLine)?.slice(4)).toEqual(["已发布", 1]);

    await go(page, app.s.url, "/dashboard");
    await settled(page);
    const stats = await sheetRows((await downloaded(page, page.getByTestId("export-stats"))).bytes);
    expect(stats[0][0]).toBe(`${issue.year}年各期统计数据`);
    expect(stats[1].slice(0, 2)).toEqual(["期号", "行政许可受理（年度累计）"]);
    const licensing = issue.sections.find((s) => s.content.kind === "platform-stats")!.content.licensing!.accepted;
    expect(stats.find((r) => r[0] === `第${issue.seq}期`)?.[1]).toBe(licensing);

    // The month the page opens on (last month); the assessor enters it when the demo has none.
    const d = new Date();
    const month = new Date(d.getFullYear(), d.getMonth() - 1, 1);
    const ym = `${month.getFullYear()}-${String(month.getMonth() + 1).padStart(2, "0")}`;
    type A = { month: string; title: string; rows: { rank: number; department: string; score: number }[] };
    let a = (await apiGet<{ assessments: A[] }>(page, "/api/assessments")).assessments.find((x) => x.month === ym);
    if (!a) {
      const assessor = await app.open("assessor1");
      a = await apiSend<A>(assessor.page, "POST", "/api/assessments", { month: ym, entries: [{ department: "水利厅", deductions: [], bonuses: [{ points: 2, reason: "收到群众表扬" }] }] });
    }
    await go(page, app.s.url, "/assessment");
    await settled(page);
    const file = await downloaded(page, await visible(page.getByTestId("export-assessment")));
    expect(file.name).toBe(`${a.title}.xlsx`);
    const rows = await sheetRows(file.bytes);
    expect(rows[0][0]).toBe(a.title);
    expect(rows[1]).toEqual(["名次", "部门窗口", "基础分值", "减分分值", "加分分值", "实得分值"]);
    expect([rows[2][0], rows[2][1], rows[2][5]]).toEqual([a.rows[0].rank, a.rows[0].department, a.rows[0].score]);
  });
});
