import Database from "better-sqlite3";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { skipNotice } from "./browser.js";
import { editorAccepts, editorStartsIssue } from "./flows/cycle.js";
import { PASSWORD } from "./server.js";
import { apiGet, apiSession, go, toastWith, until, visible, type Session } from "./ui.js";
import { webApp } from "./webApp.js";

const skip = skipNotice();
const EARLY_TEXT = "应急管理厅窗口周一即开展安全生产许可集中审批，当日办结企业申请十二件。";
const FIELD = "发（下级）";

type Issue = { updatedAt: string; distribution: { issue: string | null } };

/** Ends every session of `username` on the server's side, as idle expiry would. */
function expireSessions(db: string, username: string): number {
  const conn = new Database(db);
  try {
    return conn.prepare("delete from sessions where user_id = (select id from users where username = ?)").run(username).changes;
  } finally {
    conn.close();
  }
}

const stateOf = (page: Page) => page.getByTestId("save-state").getAttribute("data-state");
const hasLocalCopy = (page: Page) => page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith("zhoubao.draft.")));

/**
 * Work is never lost: a liaison's item written before the issue exists flows into it;
 * the editor's typing is saved by itself, survives an expired session (a sign-in dialog
 * over the page, then the save goes through) and a page left for 登录 (the copy kept in
 * the browser is offered back), and a stale save is refused instead of overwriting.
 */
describe.skipIf(skip)("web app: work without loss", () => {
  const app = webApp();
  let editor: Session;
  let ref = "";

  const openHeader = async () => {
    await editor.page.goto(`${app.s.url}/editor/${ref}`);
    await (await visible(editor.page.getByText("期号与版记"))).click();
    return visible(editor.page.getByLabel(FIELD));
  };
  const saved = (what: string) => until(what, async () => (await stateOf(editor.page)) === "saved", 20_000);

  it("a liaison submits before the issue exists, and the item flows into the issue the editor creates", async () => {
    const liaison = await app.open("liaison1");
    await go(liaison.page, app.s.url, "/submissions");
    await visible(liaison.page.getByTestId("waiting-note"));
    await (await visible(liaison.page.getByTestId("new-submission"))).click();
    await (await visible(liaison.page.getByLabel("动态内容"))).fill(EARLY_TEXT);
    await liaison.page.getByTestId("submission-submit").click();
    await toastWith(liaison.page, "已报送");
    await visible(liaison.page.locator("tr", { hasText: EARLY_TEXT.slice(0, 12) }).getByText("待下期"));
    const started = await editorStartsIssue(app.browser, app.s);
    app.sessions.push(started);
    editor = started;
    ref = started.ref;
    await editorAccepts(editor.page, EARLY_TEXT);
    await liaison.page.reload();
    await visible(liaison.page.locator("tr", { hasText: EARLY_TEXT.slice(0, 12) }).getByText(ref));
  }, 180_000);

  it("saves typing by itself, and an edit survives a session expiry: sign in over the page, then it is saved", async () => {
    const field = await openHeader();
    const before = await field.inputValue();
    await field.fill(`${before}、自动保存测试单位`);
    await saved("自动保存");
    expect((await apiGet<Issue>(editor.page, `/api/issues/${ref}`)).distribution.issue).toContain("自动保存测试单位");

    expect(expireSessions(app.s.db, "editor1")).toBeGreaterThan(0);
    await field.fill(`${before}、过期后输入的单位`);
    const dialog = await visible(editor.page.locator(".ant-modal", { hasText: "登录已过期，请重新登录" }), 20_000);
    expect(await stateOf(editor.page)).toBe("signed-out");
    expect(await hasLocalCopy(editor.page)).toBe(true);
    await dialog.getByLabel("密码").fill(PASSWORD);
    await dialog.getByTestId("session-login").click();
    await saved("重新登录后保存");
    expect(await field.inputValue()).toBe(`${before}、过期后输入的单位`);
    expect((await apiGet<Issue>(editor.page, `/api/issues/${ref}`)).distribution.issue).toContain("过期后输入的单位");
    expect(await hasLocalCopy(editor.page)).toBe(false);
  }, 120_000);

  it("after an expiry that ends on 登录 (with a word why), the copy kept in the browser is offered back", async () => {
    const field = await openHeader();
    const before = await field.inputValue();
    expireSessions(app.s.db, "editor1");
    await field.fill(`${before}、本机保存的单位`);
    const dialog = await visible(editor.page.locator(".ant-modal", { hasText: "登录已过期，请重新登录" }), 20_000);
    await dialog.getByRole("button", { name: "放弃本页，前往登录页" }).click();
    await visible(editor.page.getByTestId("login-expired"));
    await editor.page.getByLabel("用户名").fill("editor1");
    await editor.page.getByLabel("密码").fill(PASSWORD);
    await editor.page.getByRole("button", { name: "登录" }).click();
    await editor.page.waitForURL((u) => !u.pathname.startsWith("/login"));
    await editor.page.goto(`${app.s.url}/editor/${ref}`);
    const offer = await visible(editor.page.getByTestId("rescued-copy"));
    await offer.getByRole("button", { name: "恢复这些修改" }).click();
    await saved("恢复后保存");
    expect((await apiGet<Issue>(editor.page, `/api/issues/${ref}`)).distribution.issue).toContain("本机保存的单位");
  }, 120_000);

  it("refuses to overwrite another editor's newer save: the page says so and offers 对照 and 载入最新版本", async () => {
    const field = await openHeader();
    // The other editor's save needs no screen: their own session, through the API.
    const other = await apiSession(app.browser, app.s.url, "editor1", PASSWORD);
    const theirs = await other.call<Issue>("GET", `/api/issues/${ref}`);
    await other.call("PUT", `/api/issues/${ref}`, { document: { ...theirs, distribution: { ...theirs.distribution, issue: "另一位编辑保存的单位" } }, updatedAt: theirs.updatedAt });
    await other.close();
    await field.fill("我在旧副本上输入的单位");
    const banner = await visible(editor.page.getByTestId("save-conflict"), 20_000);
    expect(await banner.innerText()).toContain("已被他人修改");
    expect((await apiGet<Issue>(editor.page, `/api/issues/${ref}`)).distribution.issue).toBe("另一位编辑保存的单位");
    await banner.getByRole("button", { name: "对照" }).click();
    const diff = await visible(editor.page.locator(".ant-modal", { hasText: "我的修改与服务器上的最新版本" }));
    expect(await diff.innerText()).toContain("另一位编辑保存的单位");
    expect(await diff.innerText()).toContain("我在旧副本上输入的单位");
    await editor.page.keyboard.press("Escape");
    await banner.getByRole("button", { name: "载入最新版本" }).click();
    await until("载入最新版本", async () => (await editor.page.getByLabel(FIELD).inputValue()) === "另一位编辑保存的单位");
    expect(await stateOf(editor.page)).toBe("saved");
  }, 120_000);

  it("leaves 月度考核 while it still loads without asking about unsaved changes: nothing was entered yet", async () => {
    const { page } = await app.open("assessor1");
    // The month's assessments held back, so that the screen is still loading when the assessor moves on.
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    // (The app cancels the request when the screen goes: the held route may be gone by then.)
    await page.route("**/api/assessments", async (route) => (await held, route.continue().catch(() => undefined)));
    await go(page, app.s.url, "/assessment");
    await page.waitForURL((u) => u.pathname === "/assessment");
    await (await visible(page.locator(".ant-layout-sider .ant-menu-item").filter({ hasText: "首页" }))).click();
    await page.waitForURL((u) => u.pathname === "/", { timeout: 5_000 });
    expect(await page.locator(".ant-modal-wrap:visible").count()).toBe(0);
    release();
    await page.unroute("**/api/assessments");
  });

  it("no page logged an error or a React or Ant Design warning", () => {
    const problems = app.sessions.flatMap((x) => x.problems);
    expect(problems, problems.join("\n")).toEqual([]);
  });
});
