import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { frames, shoot, skipNotice } from "./browser.js";
import { apiGet, go, until, visible, type Session } from "./ui.js";
import { importThroughWeb, phraseOf, searchFor } from "./flows/archive.js";
import { caseExportFor, importWithChosenColumns, startNextIssue, uploadAndFill } from "./flows/ledger.js";
import { visit } from "./flows/screens.js";
import { writeCaseExport } from "../../src/ingest/ledger/generator.js";
import { directYtd, generatedCases } from "../../src/ingest/ledger/testing.js";
import { sectionOf } from "../../src/server/weeklyFigures.js";
import { ADMIN_PASSWORD, screensWereClean, webApp } from "./webApp.js";

const skip = skipNotice();

/**
 * The web app in a real Chromium against a real server on a temporary SQLite store: the
 * admin's first login, archive import and search, the platform case export filling a
 * draft's figures, the dashboard, and the screens of that data photographed at 1366×768
 * and 1920×1080 (e2e/screenshots/). Its twin, weeklyCycle.test.ts, runs in parallel on its own server.
 */
describe.skipIf(skip)("web app: archive, statistics and settings", () => {
  const app = webApp();
  let editor: Session;

  it("登录: a wrong password gets the server's message in Chinese; the admin replaces the generated password first", async () => {
    const ctx = await app.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: "zh-CN", reducedMotion: "reduce" });
    const page = await ctx.newPage();
    await page.goto(`${app.s.url}/`);
    await page.waitForURL(/\/login/);
    await shoot(page, "01-登录");
    await page.getByLabel("用户名").fill("admin");
    await page.getByLabel("密码").fill("Wrong#password1");
    await page.getByRole("button", { name: "登录" }).click();
    const err = await visible(page.getByTestId("login-error"));
    expect(await err.innerText()).toMatch(/[\u4e00-\u9fff]/);
    await page.getByLabel("密码").fill(app.s.adminPassword);
    await page.getByRole("button", { name: "登录" }).click();
    await visible(page.getByText("首次登录，请修改初始密码"));
    await shoot(page, "02-首次登录改密码");
    await page.getByLabel("当前密码").fill(app.s.adminPassword);
    await page.getByLabel("新密码", { exact: true }).fill(ADMIN_PASSWORD);
    await page.getByLabel("再次输入新密码").fill(ADMIN_PASSWORD);
    await page.getByRole("button", { name: "修改密码" }).click();
    await visible(page.getByRole("menuitem", { name: "系统设置" }));
    await ctx.close();
  }, 60_000);

  it("archive search finds a phrase of an imported issue, and opens it in the reading view", async () => {
    editor = await app.open("editor1");
    const result = await importThroughWeb(editor.page, app.s.url);
    const ref = /(\d{4})年第(\d+)期/.exec(result)!.slice(1, 3).join("-");
    app.reports.push(await visit(editor.page, app.s.url, "", "40-导入-结果"));
    const phrase = await phraseOf(editor.page, ref);
    const hits = await searchFor(editor.page, app.s.url, phrase);
    expect(hits).toContain(`${ref.split("-")[0]}年第${ref.split("-")[1]}期`);
    app.reports.push(await visit(editor.page, app.s.url, "", "41-往期归档-检索"));
    await editor.page.getByTestId("search-hit").first().getByRole("link").first().click();
    const frame = editor.page.frameLocator("[data-testid=reader-frame]");
    await until("阅读视图显示全文", async () => (await frame.locator("body").innerText()).includes(phrase), 30_000);
    // Imported from a paged original: the reader is told its Word and PDF keep those pages.
    expect(await (await visible(editor.page.getByTestId("page-layout"))).innerText()).toBe("按原件分页（3 页）");
    app.reports.push(await visit(editor.page, app.s.url, "", "42-往期归档-阅读"));
  }, 300_000);

  it("统计数据: a platform case export is uploaded and the new draft's figures are filled from it", async () => {
    const ref = await startNextIssue(editor.page, app.s.url);
    const { file, opts, issue } = await caseExportFor(editor.page, ref);
    const { summary, captions } = await uploadAndFill(editor.page, app.s.url, file);
    // 300 000 generated cases: made once for both comparisons.
    const cases = generatedCases(opts);
    const rows = cases.length;
    expect(summary).toContain(`读取 ${rows} 行，新增 ${rows} 行`);
    expect(captions.some((c) => /^导入 \d+%：已读 [\d,]+ 行，新增 [\d,]+ 行/.test(c)), captions.join(" | ")).toBe(true);
    const filled = await apiGet<{ sections: any[] }>(editor.page, `/api/issues/${ref}`);
    const stats = sectionOf(filled.sections, "platform-stats").content;
    expect({ licensing: stats.licensing, publicService: stats.publicService, otherPower: stats.otherPower }).toEqual(directYtd(cases, issue.period.end));
    app.reports.push(await visit(editor.page, app.s.url, "", "35-统计数据-台账导入"));
  }, 180_000);

  it("统计数据: an export with other column names is imported after the clerk picks its columns", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zhoubao-e2e-mapping-"));
    const file = join(dir, "市平台导出.csv");
    const opts = { year: 2024, rows: 2_000, seed: 4 };
    await writeCaseExport(file, opts);
    writeFileSync(file, readFileSync(file, "utf8").replace(/^办件编号,/, "统一编码,"));
    const summary = await importWithChosenColumns(editor.page, app.s.url, file);
    const rows = generatedCases(opts).length;
    expect(summary).toContain(`读取 ${rows} 行，新增 ${rows} 行`);
  }, 120_000);

  it("the dashboard draws its charts from the issues' data", async () => {
    const reader = await app.open("reader1");
    await go(reader.page, app.s.url, "/dashboard");
    // The ledger part reads the rollups of the export the 统计数据 step imported.
    for (const id of ["chart-ytd", "chart-window", "chart-ranks", "chart-news", "chart-ledger-months", "chart-ledger-departments"]) {
      const chart = await visible(reader.page.getByTestId(id), 120_000);
      expect(Number(await chart.getAttribute("data-points")), id).toBeGreaterThan(10);
      expect(await chart.locator("canvas").count(), id).toBeGreaterThan(0);
    }
    // The session asked for reduced motion (ui.ts): the charts are drawn at once, not grown
    // over a second, so once drawn (two frames) none of their canvases is cleared again.
    await frames(reader.page, 2);
    const redraws = await reader.page.evaluate(async () => {
      let n = 0;
      const proto = CanvasRenderingContext2D.prototype;
      const clear = proto.clearRect;
      proto.clearRect = function (...args) {
        n++;
        return clear.apply(this, args);
      };
      await new Promise((done) => setTimeout(done, 600));
      proto.clearRect = clear;
      return n;
    });
    expect(redraws).toBe(0);
    app.reports.push(await visit(reader.page, app.s.url, "", "50-数据看板-读者"));
  }, 180_000);

  it("the screens the steps above photographed: no untranslated text, nothing wider than the window, no console errors", () => {
    // Every screen of every role, unchanged by these steps, is walked by layouts.test.ts.
    screensWereClean(app);
  });
});
