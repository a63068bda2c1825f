import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeFactories } from "../store/testing.js";
import { buildApp } from "./app.js";
import { ApiClient, startTestApp, TEST_PASSWORD, type TestApp } from "./testing.js";

/** The JSON lines a server wrote to a stream. */
function logLines() {
  const stream = new PassThrough();
  let text = "";
  stream.on("data", (c: Buffer) => (text += c.toString("utf8")));
  return { stream, text: () => text, lines: () => text.split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>) };
}

describe.each(storeFactories())("error log on $name", (factory) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(factory, { demo: false, draft: false });
  });
  afterAll(async () => t?.close());

  it("logs a 500 with its stack and request id, the id also in the answer; 4xx by code only", async () => {
    const log = logLines();
    const app = await buildApp({ store: t.store, webDist: null, log: log.stream });
    // A route that fails as an unforeseen bug would: not a ZhoubaoError.
    app.get("/boom", async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'sections')");
    });
    const c = new ApiClient(app, "10.7.0.1");
    const r = await c.get("/boom");
    expect([r.status, r.body.code]).toEqual([500, "internal"]);
    expect(r.body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.body.message).not.toContain("sections");
    const line = log.lines().find((l) => l.level === 50)!;
    expect(line).toMatchObject({ reqId: r.body.requestId, code: "internal", status: 500, err: { type: "TypeError" } });
    expect(line.err.stack).toContain("logging.test.ts");
    const missing = await c.get("/api/issues");
    expect(missing.status).toBe(401);
    expect(log.lines().find((l) => l.reqId === missing.body.requestId && l.code === "auth.required")).toMatchObject({ level: 30, status: 401 });
    await app.close();
  });

  it("never writes passwords, session cookies or CSRF tokens to the log", async () => {
    const log = logLines();
    const app = await buildApp({ store: t.store, webDist: null, log: log.stream });
    const c = new ApiClient(app, "10.7.0.2");
    await c.get("/api/auth/csrf");
    expect((await c.post("/api/auth/login", { username: "t-editor", password: "Wrong-Secret-4711" })).status).toBe(401);
    await c.login("t-editor");
    const changed = await c.put("/api/me/password", { currentPassword: "Not-The-Password-0815", newPassword: "Fresh-Secret-2026" });
    expect(changed.body.code).toBe("auth.invalid-credentials");
    await app.close();
    expect(log.lines().length).toBeGreaterThan(5);
    for (const secret of ["Wrong-Secret-4711", TEST_PASSWORD, "Not-The-Password-0815", "Fresh-Secret-2026", c.cookies.get("zb_session")!, c.cookies.get("zb_csrf")!])
      expect(log.text()).not.toContain(secret);
  });
});
