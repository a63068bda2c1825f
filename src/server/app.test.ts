import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeFactories } from "../store/testing.js";
import { buildApp } from "./app.js";
import { ApiClient, startTestApp, type TestApp } from "./testing.js";

describe.each(storeFactories())("the HTTP application on $name", (factory) => {
  let t: TestApp;
  let dist: string;
  beforeAll(async () => {
    t = await startTestApp(factory);
    dist = mkdtempSync(join(tmpdir(), "zhoubao-web-"));
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, "index.html"), '<!doctype html><html><head><script type="module" src="/assets/app-1a2b.js"></script></head><body><div id="root"></div></body></html>');
    writeFileSync(join(dist, "assets/app-1a2b.js"), "console.log('周报');");
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it("sends security headers fit for a single-page app, and no-store on the API", async () => {
    const r = await t.anonymous().get("/api/issues");
    const csp = String(r.headers["content-security-policy"]);
    for (const d of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'self'", "base-uri 'self'", "form-action 'self'"]) expect(csp).toContain(d);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(r.headers["x-content-type-options"]).toBe("nosniff");
    expect(r.headers["x-frame-options"]).toBe("SAMEORIGIN");
    expect(r.headers["referrer-policy"]).toBe("same-origin");
    expect(r.headers["strict-transport-security"]).toBeUndefined();
    expect(r.headers["cache-control"]).toBe("no-store");
    const https = await buildApp({ store: t.store, webDist: null, cookieSecure: true });
    const h = await https.inject({ url: "/healthz" });
    expect(h.headers["strict-transport-security"]).toContain("max-age=31536000");
    expect(String(h.headers["content-security-policy"])).toContain("upgrade-insecure-requests");
    await https.close();
  });

  it("serves the OpenAPI document generated from the zod schemas, and Swagger UI", async () => {
    const c = t.anonymous();
    const spec = (await c.get("/api/docs/json")).body;
    expect(spec.openapi).toMatch(/^3\./);
    for (const p of ["/api/auth/login", "/api/issues", "/api/issues/{ref}", "/api/issues/{ref}/transitions", "/api/submissions/{id}/accept", "/api/audit"]) expect(spec.paths[p], p).toBeDefined();
    expect(spec.paths["/api/auth/login"].post.requestBody.content["application/json"].schema.required).toEqual(["username", "password"]);
    expect(Object.keys(spec.paths["/api/issues/{ref}"].get.responses)).toEqual(expect.arrayContaining(["200", "401", "403", "404"]));
    expect(spec.components.securitySchemes.session).toMatchObject({ type: "apiKey", in: "cookie", name: "zb_session" });
    const ui = await c.get("/api/docs/");
    expect([ui.status, String(ui.headers["content-type"])]).toEqual([200, expect.stringContaining("text/html")]);
    expect(String(ui.headers["content-security-policy"])).not.toContain("upgrade-insecure-requests");
  });

  it("shows the landing page with published issues only until the web app is built", async () => {
    const r = await t.anonymous().get("/");
    expect(r.status).toBe(200);
    expect(r.body).toContain("窗口工作周报");
    expect(r.body).toContain("已发布");
    expect(r.body).not.toContain("草稿");
  });

  it("serves the built web app with a fallback to index.html for the app's own paths", async () => {
    const app = await buildApp({ store: t.store, webDist: dist });
    const c = new ApiClient(app);
    const index = await c.get("/");
    expect([index.status, index.body]).toEqual([200, expect.stringContaining('<div id="root">')]);
    const deep = await c.get("/issues/2026-45/edit");
    expect([deep.status, deep.body]).toEqual([200, expect.stringContaining('<div id="root">')]);
    expect(deep.headers["cache-control"]).toBe("no-cache");
    const asset = await c.get("/assets/app-1a2b.js");
    expect([asset.status, asset.headers["cache-control"]]).toEqual([200, "public, max-age=31536000, immutable"]);
    expect((await c.get("/assets/missing.js")).status).toBe(404);
    const api = await c.get("/api/nothing-here");
    expect([api.status, api.body.code]).toEqual([404, "route.not-found"]);
    await app.close();
  });

  it("refuses to start with an /api route that declares no access policy", async () => {
    const app = await buildApp({ store: t.store, webDist: null });
    expect(() => app.get("/api/forgotten", async () => ({}))).toThrow(/未声明访问权限/);
    await app.close();
  });

  it("answers internal failures without their inner workings", async () => {
    const broken = await factory.open();
    const app = await buildApp({ store: broken, webDist: null });
    await broken.close();
    const r = await new ApiClient(app).get("/");
    expect([r.status, r.body.code]).toEqual([500, "internal"]);
    expect(r.body.message).not.toMatch(/at |\.ts|sqlite|pool|destroy/i);
    await app.close();
  });
});
