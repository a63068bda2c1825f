import type { Browser, Locator, Page } from "playwright-core";
import { newPage } from "./browser.js";

export type Session = { page: Page; problems: string[]; close(): Promise<void> };

/**
 * Signs in with the 登录 screen's own request in a fresh browser context (its own
 * cookies), then opens the home page. The screen itself is walked by archiveAndStats'
 * 登录 test and workWithoutLoss' expiry tests; here it would only cost every session a
 * page load. `viewport` is the window's size when the home page opens.
 */
export async function signIn(browser: Browser, url: string, username: string, password: string, viewport = { width: 1366, height: 768 }): Promise<Session> {
  const ctx = await browser.newContext({ viewport, locale: "zh-CN", acceptDownloads: true, reducedMotion: "reduce" });
  const { page, problems } = await newPage(ctx);
  // As the page does: the first answer sets the CSRF cookie, the login sends it back.
  await ctx.request.get(`${url}/api/me`);
  const csrf = (await ctx.cookies(url)).find((c) => c.name === "zb_csrf")?.value ?? "";
  const res = await ctx.request.post(`${url}/api/auth/login`, { data: { username, password }, headers: { "x-csrf-token": csrf } });
  if (!res.ok()) throw new Error(`${username} 登录失败：${res.status()} ${await res.text()}`);
  await page.goto(`${url}/`);
  await page.waitForURL((u) => !u.pathname.startsWith("/login"), { timeout: 15_000 });
  return { page, problems, close: () => ctx.close() };
}

export type ApiSession = { call<T>(method: "GET" | "POST" | "PUT", path: string, data?: unknown): Promise<T>; close(): Promise<void> };

/**
 * A signed-in session without a page, with its own cookies: the API as another person's
 * browser calls it (CSRF header included), for steps that need no screen — no page to
 * load and start the app in.
 */
export async function apiSession(browser: Browser, url: string, username: string, password: string): Promise<ApiSession> {
  const ctx = await browser.newContext();
  await ctx.request.get(`${url}/api/me`); // 401, and the CSRF cookie the login sends back
  const call = async <T>(method: string, path: string, data?: unknown): Promise<T> => {
    const csrf = (await ctx.cookies(url)).find((c) => c.name === "zb_csrf")?.value ?? "";
    const res = await ctx.request.fetch(`${url}${path}`, { method, data, headers: { "x-csrf-token": csrf } });
    if (!res.ok()) throw new Error(`${username} ${method} ${path}：${res.status()} ${await res.text()}`);
    return res.json() as Promise<T>;
  };
  await call("POST", "/api/auth/login", { username, password });
  return { call, close: () => ctx.close() };
}

/**
 * Waits until `fn` holds (the UI answers asynchronously), failing with `what` after `ms`.
 * Asks again after 25, 50, 100 ms, then every 150 ms: most answers come within a frame or
 * two, and a fixed 150 ms pause cost every wait of the suite 75 ms on average.
 */
export async function until(what: string, fn: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  for (let i = 0; ; i++) {
    if (await fn().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`等待超时：${what}`);
    await new Promise((r) => setTimeout(r, Math.min(150, 25 * 2 ** i)));
  }
}

/**
 * Opens `path` (with its query) of the app. A page already showing the signed-in app
 * elsewhere follows a link inside it, as the router itself navigates (a history entry,
 * then popstate): the screen mounts and loads its data, but the app is not started again
 * (about two seconds of a busy machine's CPU). Any other page loads it, and so does the
 * screen already shown: a reload is how a test reads its data again.
 */
export async function go(page: Page, url: string, path: string): Promise<void> {
  const here = new URL(page.url());
  if (here.origin !== new URL(url).origin || here.pathname.startsWith("/login") || here.pathname + here.search === path) {
    await page.goto(`${url}${path}`);
    return;
  }
  // The address changes at once; the screen (and any redirect of its own) follows, and the callers wait for what they need of it.
  await page.evaluate((p) => {
    history.pushState(null, "", p);
    dispatchEvent(new PopStateEvent("popstate"));
  }, path);
}

/** Waits for a visible element and returns it. */
export async function visible(l: Locator, ms = 15_000): Promise<Locator> {
  await l.first().waitFor({ state: "visible", timeout: ms });
  return l.first();
}

/** Confirms the open confirmation (dialog or Popconfirm) with its OK button of this label. */
export async function confirm(page: Page, okLabel: string): Promise<void> {
  const dialog = page.locator(".ant-modal-confirm, .ant-modal, .ant-popconfirm").filter({ has: page.getByRole("button", { name: okLabel, exact: true }) }).last();
  await dialog.waitFor({ state: "visible" });
  await dialog.getByRole("button", { name: okLabel, exact: true }).last().click();
}

/** Waits for a message of `kind` that contains `text` (not an earlier one still on screen). */
export async function toastWith(page: Page, text: string, kind: "success" | "error" = "success"): Promise<void> {
  await page.locator(`.ant-message-${kind}`, { hasText: text }).last().waitFor({ state: "visible", timeout: 20_000 });
}


/** JSON from the API with the page's own session (what the app itself would read). */
export async function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => {
    const r = await fetch(p, { credentials: "same-origin" });
    if (!r.ok) throw new Error(`${p}: HTTP ${r.status}`);
    return r.json();
  }, path) as Promise<T>;
}

/** Sends JSON to the API with the page's own session and CSRF token, as the app does; answers the parsed body. */
export async function apiSend<T>(page: Page, method: "PUT" | "POST", path: string, body: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const token = decodeURIComponent(/(?:^|;\s*)zb_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? "");
      const r = await fetch(path, { method, credentials: "same-origin", headers: { "content-type": "application/json", "x-csrf-token": token }, body: JSON.stringify(body) });
      if (!r.ok) throw new Error(`${path}: HTTP ${r.status} ${await r.text()}`);
      return r.json();
    },
    { method, path, body },
  ) as Promise<T>;
}

/** Visible ASCII words that are not an allowed name (format, user name, code): untranslated text. */
export async function untranslated(page: Page, allowed: RegExp): Promise<string[]> {
  const text = await page.locator("body").innerText();
  return [...new Set(text.match(/[A-Za-z][A-Za-z0-9-]{2,}/g) ?? [])].filter((w) => !allowed.test(w));
}

/** True when the page scrolls sideways: something is wider than the window. */
export async function overflowsX(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}
