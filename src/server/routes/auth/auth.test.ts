import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_LOGIN_POLICY, tokenHash } from "../../../services/authenticator.js";
import { createVerifyGate } from "../../../services/verifyGate.js";
import { storeFactories } from "../../../store/testing.js";
import { buildApp } from "../../app.js";
import { ApiClient, startTestApp, TEST_PASSWORD, type TestApp } from "../../testing.js";

const cookie = (r: { headers: Record<string, unknown> }, name: string) =>
  ([] as string[]).concat((r.headers["set-cookie"] as string[] | string | undefined) ?? []).find((c) => c.startsWith(`${name}=`)) ?? "";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(storeFactories())("sign-in, sessions and CSRF on $name", (factory) => {
  let t: TestApp;
  const gate = createVerifyGate({ concurrency: 2, maxQueue: 100, maxWaitMs: 60_000 });
  beforeAll(async () => {
    t = await startTestApp(factory, {
      draft: false,
      login: {
        pair: { maxFailures: 3, windowMs: 60_000, blockMs: 60_000, maxBlockMs: 240_000 },
        account: { maxFailures: 8, windowMs: 60_000, blockMs: 60_000 },
        verify: { concurrency: 2, maxQueue: 100, maxWaitMs: 60_000 },
      },
      verifyGate: gate,
    });
  });
  afterAll(async () => t?.close());

  it("signs in with a hardened session cookie and a readable CSRF cookie, and signs out", async () => {
    const c = t.anonymous("10.1.0.1");
    expect((await c.get("/api/me")).body.code).toBe("auth.required");
    const csrf = await c.get("/api/auth/csrf");
    expect(csrf.body.csrfToken).toBe(c.cookies.get("zb_csrf"));
    const login = await c.post("/api/auth/login", { username: "t-editor", password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ username: "t-editor", role: "editor", roleLabel: "编辑" });
    expect(JSON.stringify(login.body)).not.toContain("scrypt");
    const session = cookie(login, "zb_session");
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Strict/);
    expect(session).not.toMatch(/Secure/);
    expect(cookie(login, "zb_csrf")).not.toMatch(/HttpOnly/);
    expect(login.body.csrfToken).toBe(c.cookies.get("zb_csrf"));
    expect(login.body.csrfToken).not.toBe(csrf.body.csrfToken);
    expect((await c.get("/api/me")).body.user.username).toBe("t-editor");
    expect((await c.post("/api/auth/logout")).body).toEqual({ ok: true });
    expect((await c.get("/api/me")).status).toBe(401);
  });

  it("marks cookies Secure behind an https proxy", async () => {
    const app = await buildApp({ store: t.store, webDist: null, trustProxy: true });
    const c = new ApiClient(app, "10.1.0.2");
    await c.request("GET", "/api/auth/csrf", undefined, { headers: { "x-forwarded-proto": "https" } });
    const r = await c.request("POST", "/api/auth/login", { username: "t-reader", password: TEST_PASSWORD }, { headers: { "x-forwarded-proto": "https" } });
    expect(cookie(r, "zb_session")).toMatch(/Secure/);
    expect(cookie(r, "zb_csrf")).toMatch(/Secure/);
    await app.close();
  });

  it("stores only the hash of the session token", async () => {
    const c = await t.as("reader", "10.1.0.3");
    const token = c.cookies.get("zb_session")!;
    expect(await t.store.sessions.find(token)).toBeNull();
    expect((await t.store.sessions.find(tokenHash(token)))?.user.username).toBe("t-reader");
  });

  // The limits themselves are tested with a fixed clock in services/authenticator.test.ts; these show the wiring.
  it("ends a session after the idle limit and refuses its cookie", async () => {
    const app = await buildApp({ store: t.store, webDist: null, session: { idleMs: 1500, absoluteMs: 60_000 } });
    const c = new ApiClient(app, "10.1.0.4");
    await c.login("t-reader");
    expect((await c.get("/api/me")).status).toBe(200);
    await sleep(2100);
    const r = await c.get("/api/me");
    expect([r.status, r.body.code, r.body.message]).toEqual([401, "auth.required", "登录已过期，请重新登录。"]);
    await app.close();
  });

  it("ends a session at its absolute limit even when active", async () => {
    const app = await buildApp({ store: t.store, webDist: null, session: { idleMs: 60_000, absoluteMs: 1500 } });
    const c = new ApiClient(app, "10.1.0.5");
    await c.login("t-reader");
    const loggedIn = Date.now(); // the session was issued before this moment
    expect((await c.get("/api/me")).status).toBe(200);
    await sleep(2100 - (Date.now() - loggedIn));
    expect((await c.get("/api/me")).status).toBe(401);
    await app.close();
  });

  it("requires the double-submit CSRF token on every state-changing request", async () => {
    const c = await t.as("editor", "10.1.0.6");
    const other = await t.as("editor", "10.1.0.7");
    const tries = [
      await c.request("POST", "/api/issues", {}, { csrf: null }),
      await c.request("POST", "/api/issues", {}, { csrf: "forged" }),
      await c.request("POST", "/api/issues", {}, { csrf: other.cookies.get("zb_csrf") }),
      await c.request("POST", "/api/auth/logout", {}, { csrf: null }),
    ];
    expect(tries.map((r) => [r.status, r.body.code])).toEqual(Array(4).fill([403, "auth.csrf"]));
    // Header and cookie must both carry it: a header alone (cookie dropped) is refused too.
    const noCookie = new ApiClient(t.app, "10.1.0.6");
    noCookie.cookies.set("zb_session", c.cookies.get("zb_session")!);
    expect((await noCookie.request("POST", "/api/auth/logout", {}, { csrf: c.cookies.get("zb_csrf") })).body.code).toBe("auth.csrf");
    // The login form needs it as well.
    const anon = t.anonymous("10.1.0.8");
    expect((await anon.post("/api/auth/login", { username: "t-editor", password: TEST_PASSWORD })).body.code).toBe("auth.csrf");
    expect((await c.get("/api/me")).status).toBe(200);
  });

  it("limits attempts per address and account, also for the right password, and across restarts", async () => {
    const c = t.anonymous("10.2.0.1");
    await c.get("/api/auth/csrf");
    for (let i = 0; i < 3; i++) expect((await c.post("/api/auth/login", { username: "t-inspector", password: "wrong-Password-1" })).body.code).toBe("auth.invalid-credentials");
    const blocked = await c.post("/api/auth/login", { username: "t-inspector", password: TEST_PASSWORD });
    expect([blocked.status, blocked.body.code]).toEqual([429, "auth.rate-limited"]);
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
    const restarted = await buildApp({ store: t.store, webDist: null, login: { ...DEFAULT_LOGIN_POLICY, pair: { maxFailures: 3, windowMs: 60_000, blockMs: 60_000 } } });
    const again = new ApiClient(restarted, "10.2.0.1");
    await again.get("/api/auth/csrf");
    expect((await again.post("/api/auth/login", { username: "T-Inspector", password: TEST_PASSWORD })).body.code).toBe("auth.rate-limited");
    await restarted.close();
    // The same account from another address is not locked out.
    const elsewhere = t.anonymous("10.2.0.2");
    await elsewhere.get("/api/auth/csrf");
    expect((await elsewhere.post("/api/auth/login", { username: "t-inspector", password: TEST_PASSWORD })).status).toBe(200);
    const audit = await t.store.audit.list(t.centerId, { entity: "user", entityId: String(t.users.inspector.id), action: "login-failed" });
    expect(audit).toHaveLength(3);
  });

  it("verifies at most the limit of 40 concurrent wrong passwords for one account", async () => {
    const c = t.anonymous("10.2.1.1");
    await c.get("/api/auth/csrf");
    const before = gate.stats().verified;
    const answers = await Promise.all(Array.from({ length: 40 }, () => c.post("/api/auth/login", { username: "t-approver", password: "Wrong-password-9" })));
    expect(gate.stats().verified - before).toBe(3);
    expect(answers.filter((a) => a.status === 401)).toHaveLength(3);
    expect(answers.filter((a) => a.status === 429 && a.body.code === "auth.rate-limited")).toHaveLength(37);
    expect(gate.stats().peak).toBeLessThanOrEqual(2);
  });

  it("does not lock the other accounts behind an address out after many failures from it", async () => {
    const c = t.anonymous("10.3.0.1");
    await c.get("/api/auth/csrf");
    for (let i = 0; i < 20; i++) expect((await c.post("/api/auth/login", { username: `nobody-${i % 5}`, password: "Wrong-password-9" })).status).toBeGreaterThanOrEqual(401);
    expect((await c.post("/api/auth/login", { username: "nobody-0", password: "Wrong-password-9" })).body.code).toBe("auth.rate-limited");
    expect((await c.post("/api/auth/login", { username: "t-assessor", password: TEST_PASSWORD })).status).toBe(200);
  });

  it("refuses logins with auth.busy when the verification queue is full", async () => {
    const busyGate = createVerifyGate({ concurrency: 1, maxQueue: 1, maxWaitMs: 30_000 });
    const app = await buildApp({ store: t.store, webDist: null, verifyGate: busyGate });
    // Two verifications held open fill the one slot and the one queue place. (Racing real
    // logins against each other is not deterministic: a test-cost hash takes milliseconds.)
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const holding = [busyGate.run(() => held), busyGate.run(() => held)];
    const answers = await Promise.all(
      Array.from({ length: 5 }, async (_, i) => {
        const c = new ApiClient(app, `10.3.1.${i + 1}`);
        await c.get("/api/auth/csrf");
        return c.post("/api/auth/login", { username: `ghost-${i}`, password: "Wrong-password-9" });
      }),
    );
    expect(answers.map((a) => a.body.code)).toEqual(Array(5).fill("auth.busy"));
    expect(answers[0]).toMatchObject({ status: 429, body: { message: "登录请求过多，服务器正忙，请稍后再试。" } });
    expect(Number(answers[0].headers["retry-after"])).toBeGreaterThan(0);
    release();
    await Promise.all(holding);
    // Once the queue drains, a login is verified again and answered as usual.
    const c = new ApiClient(app, "10.3.1.9");
    await c.get("/api/auth/csrf");
    expect((await c.post("/api/auth/login", { username: "ghost-9", password: "Wrong-password-9" })).body.code).toBe("auth.invalid-credentials");
    expect(busyGate.stats().peak).toBe(1);
    await app.close();
  });

  it("answers an unknown account exactly like a wrong password", async () => {
    const c = t.anonymous("10.4.0.1");
    await c.get("/api/auth/csrf");
    const unknown = await c.post("/api/auth/login", { username: "no-such-user", password: TEST_PASSWORD });
    const wrong = await c.post("/api/auth/login", { username: "t-approver", password: "Wrong-password-9" });
    const { requestId: a, ...unknownBody } = unknown.body;
    const { requestId: b, ...wrongBody } = wrong.body;
    expect(unknownBody).toEqual(wrongBody);
    expect([typeof a, typeof b, a === b]).toEqual(["string", "string", false]);
    expect(unknown.status).toBe(401);
  });

  it("forces a change of an admin-set password, refuses weak ones and ends other sessions", async () => {
    const admin = await t.as("admin", "10.5.0.1");
    const made = await admin.post("/api/users", { username: "zhangsan", displayName: "张三", role: "reader", password: "Initial-Pass-2026" });
    expect(made.body).toMatchObject({ mustChangePassword: true, role: "reader" });
    const first = new ApiClient(t.app, "10.5.0.2");
    await first.login("zhangsan", "Initial-Pass-2026");
    const second = new ApiClient(t.app, "10.5.0.3");
    await second.login("zhangsan", "Initial-Pass-2026");
    expect((await first.get("/api/issues")).body.code).toBe("auth.password-change-required");
    expect((await first.get("/api/me")).body.user.mustChangePassword).toBe(true);
    const weak = await first.put("/api/me/password", { currentPassword: "Initial-Pass-2026", newPassword: "12345678" });
    expect([weak.status, weak.body.code]).toEqual([400, "input.invalid"]);
    const wrong = await first.put("/api/me/password", { currentPassword: "nope", newPassword: "Better-Pass-2026" });
    expect(wrong.body.code).toBe("auth.invalid-credentials");
    expect((await first.put("/api/me/password", { currentPassword: "Initial-Pass-2026", newPassword: "Better-Pass-2026" })).body.user.mustChangePassword).toBe(false);
    expect((await first.get("/api/issues")).status).toBe(200);
    expect((await second.get("/api/me")).status).toBe(401);
  });

  it("shuts a disabled account out at once", async () => {
    const admin = await t.as("admin", "10.6.0.1");
    const made = await admin.post("/api/users", { username: "lisi", displayName: "李四", role: "reader", password: "Initial-Pass-2026" });
    const c = new ApiClient(t.app, "10.6.0.2");
    await c.login("lisi", "Initial-Pass-2026");
    expect((await admin.put(`/api/users/${made.body.id}`, { active: false })).body.active).toBe(false);
    expect((await c.get("/api/me")).status).toBe(401);
    const again = new ApiClient(t.app, "10.6.0.3");
    await again.get("/api/auth/csrf");
    expect((await again.post("/api/auth/login", { username: "lisi", password: "Initial-Pass-2026" })).body.code).toBe("auth.disabled");
  });
});
