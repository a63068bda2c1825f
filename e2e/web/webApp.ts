import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { launch, shoot } from "./browser.js";
import { addUsers, PASSWORD, startServer, type Server } from "./server.js";
import type { ScreenReport } from "./flows/screens.js";
import { signIn, type Session } from "./ui.js";

/** The admin's password once the 登录 flow has replaced the generated one. */
export const ADMIN_PASSWORD = "Center#2026new";

export type WebApp = {
  readonly s: Server;
  readonly browser: Browser;
  /** Every signed-in page of the file: their console problems are checked at the end. */
  readonly sessions: Session[];
  /** Every screen visited: checked for untranslated text and overflow at the end. */
  readonly reports: ScreenReport[];
  open(user: string, password?: string, viewport?: { width: number; height: number }): Promise<Session>;
};

/**
 * One browser-test file's own server (`serve --demo` on a fresh copy of the store with the
 * test accounts of every role, accounts.ts), the further accounts it needs (`extra`, such
 * as an administrator) and one Chromium: the files run in parallel, each on its own data.
 * Registers the hooks; the returned object is filled in by beforeAll.
 */
export function webApp(extra: Parameters<typeof addUsers>[1] = []): WebApp {
  const app = { sessions: [] as Session[], reports: [] as ScreenReport[] } as unknown as WebApp & { s: Server; browser: Browser };

  beforeAll(async () => {
    app.s = await startServer();
    // The store has the ACCOUNTS already; the others' CLI processes and the browser start side by side.
    [app.browser] = await Promise.all([launch(), addUsers(app.s, extra)]);
  }, 120_000);

  // A failed step leaves a picture of every open page behind (e2e/screenshots/failed-*.png).
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== "fail") return;
    for (const [i, x] of app.sessions.entries()) await shoot(x.page, `failed-${ctx.task.name.slice(0, 20)}-${i}`).catch(() => undefined);
  });

  afterAll(async () => {
    for (const x of app.sessions) await x.close().catch(() => undefined);
    await app.browser?.close();
    await app.s?.stop();
  });

  app.open = async (user, password = PASSWORD, viewport) => {
    const x = await signIn(app.browser, app.s.url, user, password, viewport);
    app.sessions.push(x);
    return x;
  };
  return app;
}

/**
 * The screens the file's steps photographed (`visit`) showed no untranslated text and did
 * not scroll sideways, and no page of the file logged an error.
 */
export function screensWereClean(app: WebApp): void {
  const bad = app.reports.filter((r) => r.latin.length || r.overflow);
  expect(bad, JSON.stringify(bad, null, 1)).toEqual([]);
  const problems = app.sessions.flatMap((x) => x.problems);
  expect(problems, problems.join("\n")).toEqual([]);
}
