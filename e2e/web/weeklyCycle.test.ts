import { beforeAll, describe, expect, it } from "vitest";
import { shoot, skipNotice } from "./browser.js";
import { go, toastWith, until, visible, type Session } from "./ui.js";
import {
  editorAccepts,
  editorReturns,
  editorStartsIssue,
  enterLicensing,
  fillTheRest,
  findingCodes,
  liaisonSubmits,
  move,
  downloadsWork,
  NEWS_TEXT,
  previousLicensing,
  RETURN_COMMENT,
  RETURNED_TEXT,
} from "./flows/cycle.js";
import { visit } from "./flows/screens.js";
import { screensWereClean, webApp } from "./webApp.js";

const skip = skipNotice();

/**
 * The web app in a real Chromium against a real server on a temporary SQLite store: the
 * weekly cycle by every role, from a liaison's submission to the published issue, and
 * the screens of the roles it involves photographed at 1366×768 and 1920×1080
 * (e2e/screenshots/). Its twin, archiveAndStats.test.ts, runs in parallel on its own server.
 */
describe.skipIf(skip)("web app: the weekly cycle", () => {
  const app = webApp();
  let editor: Session;
  let issueRef = "";
  // The other roles' sessions, signed in side by side before the steps (each mostly waits
  // for its page load); every step then opens its screens, which read the data afresh.
  let liaison: Session, insp: Session, a: Session, approver: Session;
  beforeAll(async () => {
    [liaison, insp, a, approver] = await Promise.all(["liaison1", "inspector1", "assessor1", "approver1"].map((u) => app.open(u)));
  }, 120_000);

  it("a liaison submits, the editor accepts one item and returns another with a comment the liaison then reads", async () => {
    const started = await editorStartsIssue(app.browser, app.s);
    app.sessions.push(started);
    editor = started;
    issueRef = started.ref;
    await liaisonSubmits(liaison.page, app.s.url, NEWS_TEXT);
    await liaisonSubmits(liaison.page, app.s.url, RETURNED_TEXT);
    await go(editor.page, app.s.url, `/editor/${issueRef}`);
    await editorAccepts(editor.page, NEWS_TEXT);
    await editorReturns(editor.page, app.s.url, RETURNED_TEXT);
    app.reports.push(await visit(editor.page, app.s.url, "/", "12-首页-编辑"));
    await go(liaison.page, app.s.url, "/submissions");
    const comment = await visible(liaison.page.getByTestId("return-comment"));
    expect(await comment.innerText()).toContain(RETURN_COMMENT);
    app.reports.push(await visit(liaison.page, app.s.url, "", "10-部门报送-联络员"));
    app.reports.push(await visit(liaison.page, app.s.url, "/", "11-首页-联络员"));
  }, 180_000);

  it("the inspector records the hall inspection and the editor takes it into the issue", async () => {
    await go(insp.page, app.s.url, "/inspection");
    const verdicts = await visible(insp.page.getByTestId("inspection-verdict"));
    expect(await verdicts.inputValue()).toBe("总体情况良好。");
    await insp.page.getByTestId("inspection-verdict").nth(2).fill("个别窗口人员未按规定着装，已当场提醒纠正。");
    await insp.page.getByTestId("save-inspection").click();
    await toastWith(insp.page, "已保存");
    app.reports.push(await visit(insp.page, app.s.url, "", "20-大厅巡查-巡查员"));
    await go(editor.page, app.s.url, `/editor/${issueRef}`);
    await (await visible(editor.page.getByTestId("tree-node").filter({ hasText: "大厅巡查" }))).click();
    await editor.page.getByRole("button", { name: "采用巡查员的记录" }).click();
    await (await visible(editor.page.locator(".ant-modal").getByRole("button", { name: "采用" }))).click();
    await toastWith(editor.page, "已采用");
    const frame = editor.page.frameLocator("[data-testid=preview-frame]");
    await until("预览中出现巡查结论", async () => (await frame.locator("body").innerText()).includes("个别窗口人员未按规定着装"), 30_000);
  }, 120_000);

  it("the assessor scores the month with the ranking computed live; the editor approves it and attaches it", async () => {
    await go(a.page, app.s.url, "/assessment");
    const ranking = await visible(a.page.getByTestId("live-ranking"));
    const firstRow = a.page.locator("tr", { hasText: "应急管理厅" }).first();
    await firstRow.getByRole("button", { name: "添加加分" }).click();
    await firstRow.getByLabel("加分分值").fill("3");
    await firstRow.getByLabel("加分理由").fill("窗口服务获群众书面表扬");
    await until("排名随输入更新", async () => (await ranking.locator("tbody tr.ant-table-row").first().innerText()).includes("应急管理厅"));
    expect(await ranking.locator("tbody tr.ant-table-row").first().innerText()).toContain("103");
    await a.page.getByTestId("save-assessment").click();
    await toastWith(a.page, "已保存");
    app.reports.push(await visit(a.page, app.s.url, "", "21-月度考核-考核员"));
    await go(editor.page, app.s.url, "/assessment");
    await (await visible(editor.page.getByRole("button", { name: "审定" }))).click();
    await toastWith(editor.page, "审定");
    await editor.page.getByLabel("附于哪一期").click();
    await editor.page.locator(".ant-select-item-option").first().click();
    await editor.page.getByRole("button", { name: "附在该期后" }).click();
    await toastWith(editor.page, "附件");
  }, 120_000);

  it("the checks panel shows a planted error; corrected, the issue is submitted, approved (签发) and published; DOCX and PDF download", async () => {
    const page = editor.page;
    // Parts nobody filled in yet are errors the panel names, and 提交审核 stays refused.
    await go(page, app.s.url, `/editor/${issueRef}`);
    expect(await findingCodes(page)).toEqual(expect.arrayContaining(["content.figures-missing", "content.empty-section"]));
    expect(await page.getByTestId("finding").filter({ hasText: "“省本级综窗办件情况”尚未填写" }).count()).toBe(1);
    expect(await page.getByTestId("submit-review").isDisabled()).toBe(true);
    await fillTheRest(page, issueRef);
    const prev = await previousLicensing(page, issueRef);
    const end = await page.evaluate(async (r) => (await (await fetch(`/api/issues/${r}`)).json()).period.end, issueRef);
    // Planted: this week's year-to-date figure below last week's.
    await enterLicensing(page, app.s.url, issueRef, { accepted: prev.accepted - 500, completed: prev.completed + 900 }, end);
    expect(await findingCodes(page)).toContain("stats.ytd-decreased");
    await shoot(page, "30-校核发现错误");
    // Leaving with unsaved changes asks first; staying keeps them, and autosave then stores them (workWithoutLoss.test.ts).
    await page.getByRole("tab", { name: "目录" }).click();
    await (await visible(page.getByTestId("tree-node").filter({ hasText: "办件统计" }))).click();
    const typed = await page.getByLabel("公共服务事项受理").inputValue();
    await page.getByLabel("公共服务事项受理").fill("123");
    await page.getByRole("menuitem", { name: "首页" }).click();
    await visible(page.locator(".ant-modal-confirm-title", { hasText: "有尚未保存的修改" }));
    await shoot(page, "34-离开前提醒未保存");
    await page.getByRole("button", { name: "留在此页" }).click();
    expect(page.url()).toContain(`/editor/${issueRef}`);
    await until("自动保存", async () => (await page.getByTestId("save-state").getAttribute("data-state")) === "saved", 20_000);
    await page.getByLabel("公共服务事项受理").fill(typed);
    await until("改回后自动保存", async () => (await page.getByTestId("save-state").getAttribute("data-state")) === "saved", 20_000);
    await visible(page.getByTestId("submit-review"));
    expect(await page.getByTestId("submit-review").isDisabled()).toBe(true);
    await enterLicensing(page, app.s.url, issueRef, { accepted: prev.accepted + 1200, completed: prev.completed + 900 }, end);
    expect(await findingCodes(page)).not.toContain("stats.ytd-decreased");
    await page.getByRole("tab", { name: "目录" }).click();
    app.reports.push(await visit(page, app.s.url, "", "31-本期编辑-编辑"));
    await move(page, "submit-review", "提交审核", "待审核");

    await go(approver.page, app.s.url, "/editor");
    await approver.page.waitForURL(/\/editor\/\d{4}-\d+/);
    app.reports.push(await visit(approver.page, app.s.url, "", "32-本期编辑-审核"));
    await move(approver.page, "approve", "签发", "已签发");

    await go(page, app.s.url, `/editor/${issueRef}`);
    await move(page, "publish", "发布", "已发布");
    const sizes = await downloadsWork(page);
    expect(sizes.docx).toBeGreaterThan(5_000);
    expect(sizes.pdf).toBeGreaterThan(5_000);
    app.reports.push(await visit(page, app.s.url, "", "33-本期编辑-已发布"));
  }, 300_000);

  it("the screens the steps above photographed: no untranslated text, nothing wider than the window, no console errors", () => {
    // Every screen of every role, unchanged by these steps, is walked by layouts.test.ts.
    screensWereClean(app);
  });
});
