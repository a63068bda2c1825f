import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { Section } from "../../src/domain/model/section.js";
import { walkSections } from "../../src/domain/tree.js";
import { newPage, skipNotice } from "./browser.js";
import { ALLOWED_LATIN, settled } from "./flows/screens.js";
import { PASSWORD } from "./server.js";
import { apiSession, go, untranslated, until, visible, type Session } from "./ui.js";
import { webApp } from "./webApp.js";

const skip = skipNotice();

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
] as const;
const USERS = ["editor1", "approver1", "liaison1", "inspector1", "assessor1", "reader1", "admin1"] as const;
/** The smallest text, in screen pixels, a person reads in the preview without a magnifier. */
const READABLE_PX = 9;

/**
 * Where a screen scrolls sideways: the page itself, and the containers that hold its
 * content (a table scrolling sideways hides columns; a card wider than its column is cut
 * off), and date fields too narrow for their date (“2026-11-1”).
 */
function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) out.push(`页面宽 ${root.scrollWidth}，窗口 ${root.clientWidth}`);
    const containers = ".ant-layout-content, .ant-splitter-panel, .ant-card-body, .ant-table-content, .ant-table-body, .ant-modal-body, .ant-tabs-content, .ant-list";
    for (const el of document.querySelectorAll<HTMLElement>(containers)) {
      if (!el.getClientRects().length) continue;
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.classList[0]}「${el.innerText.slice(0, 24).replace(/\s+/g, " ")}」宽 ${el.scrollWidth}，可见 ${el.clientWidth}`);
    }
    for (const input of document.querySelectorAll<HTMLInputElement>(".ant-picker input"))
      if (input.value && input.getClientRects().length && input.scrollWidth > input.clientWidth + 1) out.push(`日期“${input.value}”被截断`);
    return out;
  });
}

/** The smallest text on screen in the editor's preview: its font size times the frame's scale. */
async function smallestPreviewText(page: Page): Promise<{ px: number; text: string }> {
  const frame = page.frameLocator("[data-testid=preview-frame]");
  await until("预览显示周报", async () => (await frame.locator("body").innerText()).includes("窗口工作周报"), 30_000);
  const scale = Number(await page.getByTestId("preview-frame").getAttribute("data-scale"));
  const smallest = await frame.locator("body").evaluate((body) => {
    let best = { px: Infinity, text: "" };
    for (const el of body.querySelectorAll<HTMLElement>("*")) {
      const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? "").join("").trim();
      if (!own || !el.getClientRects().length) continue;
      const px = parseFloat(getComputedStyle(el).fontSize);
      if (px < best.px) best = { px, text: own.slice(0, 20) };
    }
    return best;
  });
  return { px: smallest.px * scale, text: smallest.text };
}

/**
 * Every screen of the web app at 1280×720 and 1440×900, for every role that sees it:
 * each role's menu walked item by item (and every tab of 系统设置), the editor with the
 * 厅（局）长进大厅 and 惠企政策清单 forms open, an issue's reading view, a missing page and
 * the login page, each judged at the size it opened at and again with the window resized
 * to the other. None may scroll sideways or show untranslated words, no page logs an
 * error, and the preview's text stays readable. (The flows' own files photograph the
 * screens they change; this walk is the one that visits every screen.)
 */
describe.skipIf(skip)("layouts at 1280×720 and 1440×900", () => {
  const app = webApp([{ username: "admin1", role: "admin", name: "周管理" }]);
  const sessions = new Map<string, Promise<Session>>();
  let draftRef = "";
  let publishedRef = "";
  const headings: string[] = [];

  beforeAll(async () => {
    // The editor's draft is made first, through the API without a page (the home pages
    // opened below must show it): the demo archive is all published.
    const editor = await apiSession(app.browser, app.s.url, "editor1", PASSWORD);
    const api = editor.call;
    draftRef = (await api<{ issue: { ref: string } }>("POST", "/api/issues", {})).issue.ref;
    const { issues } = await api<{ issues: { ref: string; status: string }[] }>("GET", "/api/issues?limit=5");
    publishedRef = issues.find((i) => i.status === "published")!.ref;
    // A visit with a long title and a two-digit day, and two policy lists: the rows the issue saw cut off.
    const draft = await api<{ sections: Section[]; period: { end: string }; updatedAt: string }>("GET", `/api/issues/${draftRef}`);
    for (const s of walkSections(draft.sections)) {
      if (s.content.kind === "leader-visits") {
        s.content.visits = [{ id: "layout-visit", date: draft.period.end, endDate: null, department: "自然资源厅", person: "欧阳建国", title: "党组成员、副厅长", escort: "率队", window: null, text: null, submissionId: null }];
        headings.push(s.heading);
      }
      if (s.content.kind === "policy-lists") {
        s.content.lists = [
          { level: "national", title: "国家层面惠企政策清单（第二批）", total: 236, noApplication: 12, fastApplication: 57 },
          { level: "provincial", title: "四川省省级惠企政策清单（2026年版）", total: 318, noApplication: 25, fastApplication: 96 },
        ];
        headings.push(s.heading);
      }
    }
    expect(headings).toHaveLength(2);
    await api("PUT", `/api/issues/${draftRef}`, { document: draft, updatedAt: draft.updatedAt });
    await editor.close();
    // Signed in at one size or the other in turn (each session's home page is its walk's
    // first screen), all at once: the others open while the first role's walk, which mostly
    // waits for frames and answers, goes on. A failed sign-in fails the walk that awaits it.
    for (const [i, u] of USERS.entries()) {
      const opening = app.open(u, undefined, SIZES[i % 2]);
      opening.catch(() => undefined);
      sessions.set(u, opening);
    }
    await sessions.get(USERS[0]);
  }, 120_000);

  it("no screen scrolls sideways or shows untranslated text at 1280×720 or 1440×900, no page logs an error, and the preview is readable", { timeout: 900_000 }, async () => {
    const problems: string[] = [];
    const visited: string[] = [];
    const label = (page: Page) => `${page.viewportSize()!.width}×${page.viewportSize()!.height}`;
    // Judged once the layout has stopped moving: two samples agree, each taken once the
    // screen has settled (nothing loading, no request in flight, two frames laid out).
    const checkHere = async (page: Page, where: string) => {
      await settled(page);
      let last = await sidewaysOverflow(page);
      for (let k = 0; k < 40; k++) {
        await settled(page);
        const now = await sidewaysOverflow(page);
        if (JSON.stringify(now) === JSON.stringify(last)) break;
        last = now;
      }
      const at = `${where}（${label(page)}）`;
      visited.push(at);
      for (const p of last) problems.push(`${at}：${p}`);
      for (const w of await untranslated(page, ALLOWED_LATIN)) problems.push(`${at}：未翻译的“${w}”`);
    };
    // A screen is judged at the size it opened at, then at the other one, the window
    // resized as a clerk would; the next screen opens at that second size. So the screens
    // open at either size in turn, and those every role has (首页, 往期归档, 数据看板, 阅读视图)
    // open at both across the roles; every screen is judged at both.
    const check = async (page: Page, where: string) => {
      await checkHere(page, where);
      const now = page.viewportSize()!;
      await page.setViewportSize(SIZES.find((z) => z.width !== now.width)!);
      await checkHere(page, where);
    };
    for (const user of USERS) {
      const { page } = await sessions.get(user)!;
      await check(page, `${user} 首页`);
      const items = page.locator(".ant-layout-sider .ant-menu-item");
      await visible(items);
      const n = await items.count();
      expect(n, `${user} 的菜单`).toBeGreaterThan(1);
      for (let i = 0; i < n; i++) {
        const name = (await items.nth(i).innerText()).trim();
        const before = new URL(page.url()).pathname;
        // The item of the screen already shown (首页, judged above) stays where it is.
        if ((await items.nth(i).getAttribute("class"))?.includes("ant-menu-item-selected")) continue;
        await items.nth(i).click();
        await page.waitForURL((u) => u.pathname !== before).catch(async (e: Error) => {
          // Say where, and what held the screen (a dialog asking to leave unsaved changes?).
          const dialog = await page.locator(".ant-modal-wrap:visible").allInnerTexts();
          throw new Error(`${user} 点击菜单“${name}”后仍停在 ${before}${dialog.length ? `，对话框：${dialog.join(" / ")}` : ""}：${e.message}`);
        });
        await check(page, `${user} ${name}`);
        if (!new URL(page.url()).pathname.startsWith("/settings")) continue;
        const tabs = page.getByRole("tab");
        for (let j = 0; j < (await tabs.count()); j++) {
          await tabs.nth(j).click();
          await check(page, `${user} ${name}·${(await tabs.nth(j).innerText()).trim()}`);
        }
      }
      // The first role opens these two by their address (the server answers any path with
      // the app, which starts there); the others reach the same screens inside the app.
      const open = user === USERS[0] ? (path: string) => page.goto(`${app.s.url}${path}`) : (path: string) => go(page, app.s.url, path);
      await open(`/archive/${publishedRef}`);
      await check(page, `${user} 阅读视图`);
      await open("/no-such-screen");
      await check(page, `${user} 页面不存在`);
    }

    const { page } = await sessions.get("editor1")!;
    await go(page, app.s.url, `/editor/${draftRef}`);
    await visible(page.getByTestId("tree-node"));
    await check(page, "editor1 本期编辑");
    for (const heading of headings) {
      await (await visible(page.getByTestId("tree-node").filter({ hasText: heading }))).click();
      await check(page, `editor1 本期编辑·${heading}`);
    }
    // The preview's scale follows the window: readable at both sizes.
    for (const size of SIZES) {
      await page.setViewportSize(size);
      const smallest = await smallestPreviewText(page);
      if (smallest.px < READABLE_PX) problems.push(`预览（${size.width}×${size.height}）中“${smallest.text}”只有 ${smallest.px.toFixed(1)} 像素`);
    }

    const ctx = await app.browser.newContext({ viewport: SIZES[0], locale: "zh-CN", reducedMotion: "reduce" });
    const { page: login, problems: loginProblems } = await newPage(ctx);
    await login.goto(`${app.s.url}/login`);
    await check(login, "登录");
    problems.push(...loginProblems);
    await ctx.close();

    for (const session of sessions.values()) problems.push(...(await session).problems.splice(0));
    console.log(`${visited.length} 个画面与尺寸\n${visited.join("、")}`);
    expect(problems, problems.join("\n")).toEqual([]);
  });
});
