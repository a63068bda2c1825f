import { existsSync, mkdirSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { CHROMIUM_ARGS, defaultChromium } from "../../src/render/pdf/browser.js";

/**
 * Debian's chromium, the way the PDF renderer picks it (defaultChromium: its headless
 * shell when installed, the full browser otherwise); the tests never download a browser.
 * The headless shell is the same Blink and draws the same pixels; a browser-test file
 * costs about a quarter less CPU on it. tokens.test.ts runs in the full one.
 */
export const CHROMIUM = defaultChromium();
/** In CI a missing browser is a failure, never a skip. */
export const IN_CI = process.env.CI === "true";
export const SCREENSHOTS = resolve(import.meta.dirname, "../screenshots");

/** Says loudly why the browser tests do not run here (they run everywhere chromium is). */
export function skipNotice(path = CHROMIUM): boolean {
  if (existsSync(path)) return false;
  if (IN_CI) throw new Error(`CI 环境缺少 ${path}：浏览器测试不能跳过。请安装 Debian 的 ${basename(path)} 软件包。`);
  console.warn(`\n*** 跳过网页端到端测试：未找到 ${path}（apt-get install ${basename(path)}）。CI=true 时不会跳过。***\n`);
  return true;
}

export async function launch(executablePath = CHROMIUM): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/**
 * Counts the app's requests in flight (fetch and the reading of its answer), so that
 * `settled` (flows/screens.ts) knows when the data of a screen has arrived instead of
 * sleeping a fixed time. The app gets the same promises' results (one `finally` later).
 * Plain JavaScript: the test's compiler would add helpers the page does not have.
 */
const COUNT_FETCHES = `(() => {
  window.__zbBusy = 0;
  const track = (p) => (window.__zbBusy++, p.finally(() => window.__zbBusy--));
  const fetch = window.fetch;
  window.fetch = function (...args) { return track(fetch.apply(this, args)); };
  for (const m of ["json", "text", "blob", "arrayBuffer"]) {
    const read = Response.prototype[m];
    Response.prototype[m] = function () { return track(read.call(this)); };
  }
})();`;

/**
 * A page that records what a clerk would see go wrong: uncaught errors, console errors
 * and React/Ant Design warnings (deprecated props, missing keys).
 */
export async function newPage(ctx: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await ctx.newPage();
  await page.addInitScript({ content: COUNT_FETCHES });
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`页面错误：${e.message}`));
  page.on("console", (m) => {
    const t = m.text();
    // 4xx answers the tests provoke on purpose are logged by the browser as "Failed to load resource".
    if (/Failed to load resource/.test(t)) return;
    if (m.type() === "error" || /Warning:|\[antd:/.test(t)) problems.push(`控制台${m.type()}：${t.slice(0, 300)}`);
  });
  return { page, problems };
}

/**
 * Screenshots of the current screen at both sizes the issue asks for, into e2e/screenshots/.
 * `atEach` runs at each size once it has settled (checks that need that size: one resize
 * per size, not two): three frames after the resize, time for what follows the window's
 * size (ResizeObserver, then React's render of it) to be laid out.
 */
export async function shoot(page: Page, name: string, atEach?: () => Promise<void>): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const before = page.viewportSize();
  for (const v of VIEWPORTS) {
    await page.setViewportSize(v);
    await frames(page, 3);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${v.width}x${v.height}.png`) });
    await atEach?.();
  }
  if (before) await page.setViewportSize(before);
}

/**
 * Waits for `n` animation frames of the page (each one a style and layout pass); a page
 * that draws no frames (a second at most) does not hold the test up.
 */
export async function frames(page: Page, n: number): Promise<void> {
  await page.evaluate(async (k) => {
    const frame = () => new Promise((done) => (requestAnimationFrame(done), setTimeout(done, 1000)));
    for (let i = 0; i < k; i++) await frame();
  }, n);
}
