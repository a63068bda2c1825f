import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeDeskExport } from "../../../ingest/ledger/generator.js";
import { scratch } from "../../../ingest/ledger/testing.js";
import { systemActor } from "../../../services/actor.js";
import { createToken } from "../../../services/tokenKeeper.js";
import { storeFactories } from "../../../store/testing.js";
import { buildApp } from "../../app.js";
import type { RegisteredRoute } from "../../options.js";
import { ApiClient, startTestApp, type TestApp } from "../../testing.js";

/** Every route an API token may call, and the scope it needs; all other /api routes refuse tokens. */
const TOKEN_ROUTES: Record<string, string> = {
  "GET /api/issues": "read-published",
  "GET /api/archive/export.xlsx": "read-published",
  "GET /api/issues/:ref": "read-published",
  "GET /api/issues/:ref/facts": "read-published",
  "GET /api/issues/:ref/document.:format": "read-published",
  "GET /api/issues/:ref/revisions": "read-published",
  "GET /api/issues/:ref/revisions/:n": "read-published",
  "GET /api/archive/search": "read-published",
  "POST /api/ledger/cases": "import-ledgers",
  "POST /api/ledger/desk": "import-ledgers",
  "GET /api/ledger/progress/:key": "import-ledgers",
  "GET /api/ledger/imports": "import-ledgers",
};

describe.each(storeFactories())("API tokens on $name", (factory) => {
  let t: TestApp;
  let admin: ApiClient;
  const routes: RegisteredRoute[] = [];
  let published: string;
  let draft: string;
  const tokenClient = (token: string) => new ApiClient(t.app, "10.20.0.1", token);
  const make = async (name: string, scopes: string[], days?: number) => {
    const r = await admin.post("/api/tokens", { name, scopes, ...(days ? { days } : {}) });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body as { token: string; info: { id: number; name: string; state: string; expiresAt: string } };
  };

  beforeAll(async () => {
    t = await startTestApp(factory, { onRoute: (r) => routes.push(r) });
    admin = await t.as("admin");
    draft = `${t.draft.year}-${t.draft.seq}`;
    const latest = (await admin.get("/api/issues?limit=50")).body.issues.find((i: { status: string }) => i.status === "published");
    published = latest.ref;
  });
  afterAll(async () => t?.close());

  it("reads published issues, their documents and the archive with read-published, and is refused drafts", async () => {
    const { token, info } = await make("门户网站", ["read-published"], 30);
    expect(token).toMatch(/^zbt_[A-Za-z0-9_-]{43}$/);
    expect(info).toMatchObject({ name: "门户网站", scopes: ["read-published"], state: "active", createdBy: "t-admin", lastUsedAt: null, revokedAt: null });
    const c = tokenClient(token);
    const list = await c.get("/api/issues?limit=100");
    expect(list.status).toBe(200);
    expect(list.body.issues.length).toBeGreaterThan(0);
    expect(list.body.issues.every((i: { status: string }) => i.status === "published")).toBe(true);
    const issue = await c.get(`/api/issues/${published}`);
    expect([issue.status, issue.body.ref, issue.body.sections.length > 0]).toEqual([200, published, true]);
    const html = await c.get(`/api/issues/${published}/document.html`);
    expect([html.status, String(html.headers["content-type"])]).toEqual([200, expect.stringContaining("text/html")]);
    expect((await c.get(`/api/archive/search?q=${encodeURIComponent("窗口")}`)).status).toBe(200);
    // A draft stays invisible, as to a reader; routes outside the scope are refused with their own code.
    expect([(await c.get(`/api/issues/${draft}`)).status, (await c.get(`/api/issues/${draft}`)).body.code]).toEqual([404, "issue.not-found"]);
    const upload = await c.upload("/api/ledger/desk", {}, { name: "台账.csv", bytes: Buffer.from("x") });
    expect([upload.status, upload.body.code]).toEqual([403, "token.scope"]);
    expect(upload.body.message).toContain("导入办件与台账");
    const users = await c.get("/api/users");
    expect([users.status, users.body.code, users.body.message]).toEqual([403, "token.scope", "此接口不对接口令牌开放，请登录网页使用。"]);
    expect((await c.put(`/api/issues/${draft}`, {})).body.code).toBe("token.scope");
    // Each use is audited under the token's name, and its last use is kept.
    const uses = await t.store.audit.list(t.centerId, { entity: "token", entityId: "门户网站" });
    expect(uses.filter((u) => u.action === "use").length).toBeGreaterThanOrEqual(6);
    expect(uses.find((u) => u.action === "refused" && (u.after as { url: string }).url === "/api/users")).toMatchObject({ actor: "token:门户网站", address: "10.20.0.1", after: { method: "GET", url: "/api/users" } });
    const listed = (await admin.get("/api/tokens")).body.tokens.find((x: { name: string }) => x.name === "门户网站");
    expect(listed.lastUsedAt).not.toBeNull();
  });

  it("opens only the listed routes to tokens; every other signed-in route answers 403 token.scope, even to a token with every scope", async () => {
    const calls = routes
      .filter((r) => r.url.startsWith("/api/") && r.access !== "public")
      .flatMap((r) => (Array.isArray(r.method) ? r.method : [r.method]).filter((m) => m !== "HEAD").map((m) => ({ method: m, url: r.url, scope: r.tokenScope })));
    expect(Object.fromEntries(calls.filter((c) => c.scope).map((c) => [`${c.method} ${c.url}`, c.scope]))).toEqual(TOKEN_ROUTES);
    const all = tokenClient((await make("全部权限", ["read-published", "read-drafts", "import-ledgers"])).token);
    const none = tokenClient((await make("只读已发布", ["read-published"])).token);
    const wrong: string[] = [];
    for (const c of calls) {
      const url = c.url.replace(":ref", published).replace(":id", "1").replace(":n", "1").replace(":date", "2026-12-05").replace(":name", "x").replace(":key", "k").replace(":format", "html");
      const client = c.scope ? (c.scope === "import-ledgers" ? none : null) : all;
      if (!client) continue;
      const r = await client.request(c.method, url, c.method === "GET" || c.method === "DELETE" ? undefined : {});
      if (r.status !== 403 || r.body.code !== "token.scope") wrong.push(`${c.method} ${c.url}: ${r.status} ${r.body?.code}`);
    }
    expect(wrong).toEqual([]);
  });

  it("reads drafts whole with read-drafts", async () => {
    const { token } = await make("办公系统", ["read-drafts"]);
    const r = await tokenClient(token).get(`/api/issues/${draft}`);
    expect([r.status, r.body.status, r.body.sections.length]).toEqual([200, "draft", t.draft.sections.length]);
    expect((await tokenClient(token).get(`/api/issues/${published}/facts`)).status).toBe(200);
  });

  it("imports a ledger with import-ledgers without any CSRF token, while a cookie session still needs one", async () => {
    const dir = scratch();
    try {
      const csv = join(dir, "台账.csv");
      const n = await writeDeskExport(csv, { year: 2026, rows: 200, seed: 3, asOf: "2026-11-20" });
      const { token } = await make("数据中台", ["import-ledgers"]);
      const r = await tokenClient(token).upload("/api/ledger/desk", { source: "前台系统" }, { name: "台账.csv", bytes: readFileSync(csv) });
      expect([r.status, r.body.rows]).toEqual([200, n]);
      const log = await t.store.audit.list(t.centerId, { entity: "ledger", actor: "token:数据中台" });
      expect(log.length).toBe(1);
      expect((await tokenClient(token).get(`/api/issues/${published}`)).body.code).toBe("token.scope");
      const editor = await t.as("editor");
      const noCsrf = await editor.request("POST", "/api/ledger/desk", {}, { csrf: null });
      expect([noCsrf.status, noCsrf.body.code]).toEqual([403, "auth.csrf"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses revoked, expired and unknown tokens, each with its own code", async () => {
    const { token, info } = await make("旧接口", ["read-published"]);
    const c = tokenClient(token);
    expect((await c.get("/api/issues")).status).toBe(200);
    const revoked = await admin.post(`/api/tokens/${info.id}/revoke`);
    expect(revoked.body).toMatchObject({ name: "旧接口", state: "revoked", revokedAt: expect.any(String) });
    const r = await c.get("/api/issues");
    expect([r.status, r.body.code]).toEqual([401, "token.revoked"]);
    expect(r.body.message).toBe("接口令牌“旧接口”已吊销，请向管理员申请新的令牌。");
    const old = await createToken(t.store, systemActor(t.centerId), { name: "过期接口", scopes: ["read-published"], days: 30 }, new Date(Date.now() - 31 * 86_400_000));
    expect(old.info.expiresAt < new Date().toISOString()).toBe(true);
    const e = await tokenClient(old.token).get("/api/issues");
    expect([e.status, e.body.code]).toEqual([401, "token.expired"]);
    const u = await tokenClient("zbt_" + "A".repeat(43)).get("/api/issues");
    expect([u.status, u.body.code]).toEqual([401, "token.invalid"]);
    expect((await admin.post("/api/tokens/99999/revoke")).body.code).toBe("token.not-found");
    const states = Object.fromEntries((await admin.get("/api/tokens")).body.tokens.map((x: { name: string; state: string }) => [x.name, x.state]));
    expect(states).toMatchObject({ 旧接口: "revoked", 过期接口: "expired" });
  });

  it("never stores or lists the token in clear", async () => {
    const { token } = await make("核查令牌", ["read-published"]);
    const rows = await t.store.db.selectFrom("api_tokens").selectAll().execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain(token.slice(4));
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
    const listing = await admin.get("/api/tokens");
    expect(JSON.stringify(listing.body)).not.toMatch(/zbt_|token_hash|tokenHash/);
    const audit = await t.store.audit.list(t.centerId, { entity: "token" });
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it("refuses bad input with a coded Chinese message and writes nothing", async () => {
    await make("唯一名称", ["read-published"]);
    const count = async () => (await admin.get("/api/tokens")).body.tokens.length;
    const before = await count();
    const auditBefore = (await t.store.audit.list(t.centerId, { entity: "token", action: "create" })).length;
    const dup = await admin.post("/api/tokens", { name: "唯一名称", scopes: ["read-drafts"] });
    expect([dup.status, dup.body.code, dup.body.message]).toEqual([409, "token.duplicate", "接口令牌名称“唯一名称”已被使用。"]);
    const scope = await admin.post("/api/tokens", { name: "新令牌", scopes: ["write-everything"] });
    expect([scope.status, scope.body.code]).toEqual([400, "input.invalid"]);
    expect(scope.body.message).toContain("权限范围应为 read-published、read-drafts、import-ledgers 之一");
    for (const days of [0, -3, 1.5]) {
      const d = await admin.post("/api/tokens", { name: "新令牌", scopes: ["read-published"], days });
      expect([d.status, d.body.code], String(days)).toEqual([400, "input.invalid"]);
      expect(d.body.message).toMatch(/有效天数/);
    }
    expect((await admin.post("/api/tokens", { name: "新令牌", scopes: [] })).body.message).toContain("请至少选择一个权限范围");
    expect(await count()).toBe(before);
    expect((await t.store.audit.list(t.centerId, { entity: "token", action: "create" })).length).toBe(auditBefore);
  });

  it("rate-limits each token on its own, answering 429 with a retry time", async () => {
    const app = await buildApp({ store: t.store, webDist: null, tokenRate: { max: 2, windowMs: 60_000 } });
    try {
      const a = (await make("限流甲", ["read-published"])).token;
      const b = (await make("限流乙", ["read-published"])).token;
      const ca = new ApiClient(app, "10.30.0.1", a);
      expect([(await ca.get("/api/issues")).status, (await ca.get("/api/issues")).status]).toEqual([200, 200]);
      const third = await ca.get("/api/issues");
      expect([third.status, third.body.code]).toEqual([429, "token.rate-limited"]);
      expect(Number(third.headers["retry-after"])).toBeGreaterThan(0);
      expect(third.body.message).toMatch(/^接口令牌“限流甲”请求过于频繁，请 \d+ 秒后再试。$/);
      // Another token from the same address, and browser sessions, are not counted with it.
      expect((await new ApiClient(app, "10.30.0.1", b).get("/api/issues")).status).toBe(200);
      const reader = new ApiClient(app, "10.30.0.1");
      await reader.login("t-reader");
      for (let i = 0; i < 3; i++) expect((await reader.get("/api/issues")).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});
