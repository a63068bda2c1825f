import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FULL_CHROMIUM } from "../../src/render/pdf/browser.js";
import { launch, skipNotice } from "./browser.js";
import { addUser, PASSWORD, startServer, type Server } from "./server.js";
import { confirm, signIn, toastWith, visible, type Session } from "./ui.js";

// The one browser-test file in Debian's full chromium (the others run in its headless
// shell, browser.ts): the app loads, signs in and works in the browser people have too.
const skip = skipNotice(FULL_CHROMIUM);

/**
 * 系统设置 → 接口令牌 in a real Chromium against a real server: the admin creates a
 * token (shown once, with a copy button), another system reads published issues with
 * it, the admin revokes it and the same call is refused.
 */
describe.skipIf(skip)("接口令牌 page", () => {
  let s: Server;
  let browser: Browser;
  let admin: Session;
  beforeAll(async () => {
    s = await startServer();
    addUser(s, "admin1", "admin", { name: "周管理" });
    browser = await launch(FULL_CHROMIUM);
    admin = await signIn(browser, s.url, "admin1", PASSWORD);
  }, 120_000);
  afterAll(async () => {
    await admin?.close();
    await browser?.close();
    await s?.stop();
  });

  const call = async (token: string, path: string) => {
    const r = await fetch(`${s.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: r.status, body: (await r.json()) as Record<string, any> };
  };

  it("creates a token shown once, which then reads published issues, and revokes it", { timeout: 120_000 }, async () => {
    const { page, problems } = admin;
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: s.url });
    await page.goto(`${s.url}/settings/tokens`);
    await (await visible(page.getByRole("button", { name: "创建令牌" }))).click();
    const form = page.locator(".ant-modal").filter({ hasText: "创建接口令牌" });
    await form.getByLabel("名称").fill("门户网站");
    await form.getByRole("button", { name: "创建" }).click();

    const shown = await visible(page.getByTestId("new-token"));
    const token = (await shown.innerText()).trim();
    expect(token).toMatch(/^zbt_[A-Za-z0-9_-]{43}$/);
    await shown.locator(".ant-typography-copy").click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    await page.getByRole("button", { name: "我已保存" }).click();
    await page.getByTestId("new-token").waitFor({ state: "detached" });

    const row = page.locator(".ant-table-row", { hasText: "门户网站" });
    await visible(row);
    expect(await row.innerText()).toContain("有效");
    expect(await page.content()).not.toContain(token);

    const list = await call(token, "/api/issues");
    expect(list.status).toBe(200);
    expect(list.body.issues.length).toBeGreaterThan(0);
    expect(list.body.issues.every((i: { status: string }) => i.status === "published")).toBe(true);
    expect((await call(token, "/api/users")).body.code).toBe("token.scope");

    await row.getByRole("button", { name: "吊销" }).click();
    await confirm(page, "吊销");
    await toastWith(page, "已吊销接口令牌“门户网站”");
    await visible(page.locator(".ant-table-row", { hasText: "已吊销" }));
    const refused = await call(token, "/api/issues");
    expect([refused.status, refused.body.code]).toEqual([401, "token.revoked"]);
    expect(problems).toEqual([]);
  });
});
