import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { ZhoubaoError } from "../../domain/index.js";
import { effectiveFontconfigFile, FONTCONFIG_FILE } from "../fonts/fontconfig.js";

/**
 * Debian's headless shell (package chromium-headless-shell): the same engine, version and
 * PDF output as its chromium, built only to run headless. A PDF through `zhoubao render`
 * costs about half the CPU it does through the full browser (4.7–5.2 s against 8.3–9.7 s
 * of both cores on the 2-core machine), and the pages are pixel for pixel the same.
 */
export const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
/** Debian's chromium: used when the headless shell is not installed. */
export const FULL_CHROMIUM = "/usr/bin/chromium";

/**
 * The chromium that prints: ZHOUBAO_CHROMIUM when set (another distribution, a test), else
 * the headless shell when installed, else the full browser.
 *
 * @example
 * new BrowserPool({ executablePath: defaultChromium() });
 */
export function defaultChromium(): string {
  return process.env.ZHOUBAO_CHROMIUM || (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : FULL_CHROMIUM);
}

export { FONTCONFIG_FILE };

/** Quiet, offline, sandbox-less headless chromium (the sandbox needs privileges a server rarely has). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export type BrowserPoolOptions = { executablePath?: string; maxIdlePages?: number };

/** A file the pool's pages may load: an issue's HTML, a font. */
export type Served = { body: Buffer | string; contentType: string };

/**
 * The origin the pool serves renders from. `.invalid` never resolves (RFC 2606) and the
 * context is offline, so nothing but the pool's own files can ever load.
 */
const ORIGIN = "https://zhoubao.invalid";

function chromiumMissing(path: string): ZhoubaoError {
  return new ZhoubaoError(
    "render.chromium-missing",
    `未找到 Chromium 浏览器（${path}），无法生成 PDF。请安装：apt-get install chromium-headless-shell（或 chromium）。DOCX 和 HTML 不受影响。`,
    { executablePath: path, package: "chromium-headless-shell" },
  );
}

/**
 * One chromium, launched on first use and kept alive between renders, with a few idle
 * pages ready; `close()` ends it. Every render gets a page of its own, so renders may run
 * concurrently.
 *
 * @example
 * const pool = new BrowserPool();
 * const pdf = await pool.withPage((page) => page.pdf());
 * await pool.close();
 */
export class BrowserPool {
  private browser: Promise<{ browser: Browser; context: BrowserContext }> | null = null;
  private idle: Page[] = [];
  /** Files of the renders in progress, by path (/r/<n>/…). */
  private files = new Map<string, Served>();
  private served = 0;

  constructor(private readonly options: BrowserPoolOptions = {}) {}

  get executablePath(): string {
    return this.options.executablePath ?? defaultChromium();
  }

  private async launch(): Promise<{ browser: Browser; context: BrowserContext }> {
    const path = this.executablePath;
    if (!existsSync(path)) throw chromiumMissing(path);
    let browser: Browser;
    try {
      browser = await chromium.launch({
        executablePath: path,
        args: CHROMIUM_ARGS,
        env: { ...process.env, FONTCONFIG_FILE: effectiveFontconfigFile() },
        timeout: 60_000,
      });
    } catch (e) {
      throw new ZhoubaoError("render.failed", `无法启动 Chromium（${path}）：${(e as Error).message}`, { executablePath: path });
    }
    browser.on("disconnected", () => {
      this.browser = null;
      this.idle = [];
    });
    // Issues never load anything from the network; scripts run only through evaluate().
    const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
    await context.route(`${ORIGIN}/**`, (route) => {
      const file = this.files.get(new URL(route.request().url()).pathname);
      return file ? route.fulfill({ status: 200, body: file.body, contentType: file.contentType }) : route.fulfill({ status: 404, body: "" });
    });
    return { browser, context };
  }

  private async acquire(): Promise<Page> {
    const idle = this.idle.pop();
    if (idle && !idle.isClosed()) return idle;
    const started = (this.browser ??= this.launch());
    try {
      const { context } = await started;
      const page = await context.newPage();
      await page.emulateMedia({ media: "print" });
      return page;
    } catch (e) {
      if (this.browser === started) this.browser = null;
      throw e;
    }
  }

  /** Runs `fn` on a page of the shared browser; the page goes back to the pool afterwards. */
  async withPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
    const page = await this.acquire();
    let healthy = false;
    try {
      const result = await fn(page);
      healthy = true;
      return result;
    } finally {
      if (healthy && this.idle.length < (this.options.maxIdlePages ?? 2) && !page.isClosed()) this.idle.push(page);
      else await page.close().catch(() => undefined);
    }
  }

  /**
   * Serves `files` (by name) to the pool's pages while `fn` runs, passing it their base URL:
   * a page goes to the HTML there, and the HTML links its fonts by relative names,
   * so they reach chromium as bytes instead of through the HTML parser.
   *
   * @example
   * await pool.serving({ "issue.html": { body: html, contentType: "text/html" } }, (base) => pool.withPage((p) => p.goto(base + "issue.html")));
   */
  async serving<T>(files: Record<string, Served>, fn: (base: string) => Promise<T>): Promise<T> {
    const dir = `/r/${++this.served}/`;
    for (const [name, file] of Object.entries(files)) this.files.set(dir + name, file);
    try {
      return await fn(ORIGIN + dir);
    } finally {
      for (const name of Object.keys(files)) this.files.delete(dir + name);
    }
  }

  /** Ends the browser (idempotent). */
  async close(): Promise<void> {
    const started = this.browser;
    this.browser = null;
    this.idle = [];
    if (!started) return;
    const { browser } = await started.catch(() => ({ browser: null }));
    await browser?.close().catch(() => undefined);
  }
}
