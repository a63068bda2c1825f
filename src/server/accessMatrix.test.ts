import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeFactories } from "../store/testing.js";
import { buildApp } from "./app.js";
import type { RegisteredRoute } from "./options.js";
import { ApiClient, PUBLIC_ROUTES, startTestApp, TEST_ROLES, type TestApp, type TestRole } from "./testing.js";

/**
 * THE access table: every route the server registers, and who may call it. A route
 * missing here fails the test, so a new route cannot ship without a decision.
 * "public": anyone; "user": any signed-in account; else the roles allowed.
 */
const ACCESS: Record<string, "public" | "user" | TestRole[]> = {
  ...Object.fromEntries(PUBLIC_ROUTES.map((k) => [k, "public" as const])),
  "POST /api/auth/logout": "user",
  "GET /api/me": "user",
  "PUT /api/me/password": "user",
  "GET /api/issues": "user",
  "POST /api/issues": ["editor"],
  "GET /api/issues/:ref": "user",
  "PUT /api/issues/:ref": ["editor"],
  "GET /api/issues/:ref/facts": "user",
  "POST /api/issues/:ref/transitions": ["editor", "approver"],
  "POST /api/issues/:ref/publish-jobs": ["editor"],
  "GET /api/publish-jobs/:id": ["editor", "approver"],
  "PUT /api/issues/:ref/overrides": ["editor"],
  "POST /api/issues/:ref/corrections": ["editor"],
  "GET /api/issues/:ref/revisions": "user",
  "GET /api/issues/:ref/revisions/:n": "user",
  "GET /api/issues/:ref/document.:format": "user",
  "GET /api/render/fonts": "user",
  "GET /api/submissions": ["liaison", "liaison2", "editor", "approver"],
  "POST /api/submissions": ["liaison", "liaison2"],
  "GET /api/submissions/:id": ["liaison", "liaison2", "editor", "approver"],
  "PUT /api/submissions/:id": ["liaison", "liaison2"],
  "DELETE /api/submissions/:id": ["liaison", "liaison2"],
  "POST /api/submissions/:id/submit": ["liaison", "liaison2"],
  "POST /api/submissions/:id/accept": ["editor"],
  "POST /api/submissions/:id/return": ["editor"],
  "GET /api/inspections": ["inspector", "editor", "approver"],
  "POST /api/inspections": ["inspector"],
  "GET /api/inspections/:id": ["inspector", "editor", "approver"],
  "PUT /api/inspections/:id": ["inspector"],
  "POST /api/inspections/:id/attach": ["editor"],
  "GET /api/assessments": ["assessor", "editor", "approver"],
  "POST /api/assessments": ["assessor"],
  "GET /api/assessments/:id": ["assessor", "editor", "approver"],
  "GET /api/assessments/:id/export.xlsx": ["assessor", "editor", "approver"],
  "PUT /api/assessments/:id": ["assessor"],
  "POST /api/assessments/:id/approve": ["editor"],
  "POST /api/assessments/:id/attach": ["editor"],
  "GET /api/departments": "user",
  "POST /api/departments": ["admin"],
  "PUT /api/departments/:id": ["admin"],
  "GET /api/users": ["admin"],
  "POST /api/users": ["admin"],
  "GET /api/users/:id": ["admin"],
  "PUT /api/users/:id": ["admin"],
  "GET /api/calendar/overrides": "user",
  "PUT /api/calendar/overrides/:date": ["admin"],
  "DELETE /api/calendar/overrides/:date": ["admin"],
  "GET /api/settings": "user",
  "PUT /api/settings": ["admin"],
  "GET /api/audit": ["admin", "editor"],
  "GET /api/archive/search": "user",
  "GET /api/dashboard": "user",
  "GET /api/archive/export.xlsx": "user",
  "GET /api/dashboard/export.xlsx": "user",
  "POST /api/imports": ["editor", "admin"],
  "POST /api/ledger/cases": ["editor", "admin"],
  "POST /api/ledger/desk": ["editor", "admin"],
  "GET /api/ledger/progress/:key": ["editor", "admin"],
  "GET /api/ledger/imports": ["editor", "admin"],
  "GET /api/ledger/summary": "user",
  "POST /api/issues/:ref/fill-figures": ["editor"],
  "GET /api/templates": "user",
  "POST /api/templates": ["editor", "admin"],
  "DELETE /api/templates/:name": ["editor", "admin"],
  "GET /api/tokens": ["admin"],
  "POST /api/tokens": ["admin"],
  "POST /api/tokens/:id/revoke": ["admin"],
  "GET /api/recipients": ["editor", "admin"],
  "POST /api/recipients": ["admin"],
  "PUT /api/recipients/:id": ["admin"],
  "DELETE /api/recipients/:id": ["admin"],
  "GET /api/webhooks": ["admin"],
  "POST /api/webhooks": ["admin"],
  "PUT /api/webhooks/:id": ["admin"],
  "DELETE /api/webhooks/:id": ["admin"],
  "GET /api/deliveries": ["editor", "admin"],
  "POST /api/deliveries/:id/resend": ["editor", "admin"],
  "GET /api/notifications": "user",
  "POST /api/notifications/read": "user",
  "GET /api/notifications/email": "user",
  "PUT /api/notifications/email": "user",
  "GET /api/schedules": ["admin", "editor"],
  "PUT /api/schedules": ["admin"],
  "GET /api/issues/:ref/scheduled-publish": ["editor", "approver"],
  "PUT /api/issues/:ref/scheduled-publish": ["editor", "approver"],
  "DELETE /api/issues/:ref/scheduled-publish": ["editor", "approver"],
  "GET /api/issues/:ref/review": ["editor", "approver"],
  "GET /api/issues/:ref/comments": ["editor", "approver"],
  "POST /api/issues/:ref/comments": ["approver"],
  "POST /api/issues/:ref/comments/:id/resolve": ["editor"],
  "GET /api/province/summary": ["province"],
  "GET /api/centers": ["province"],
  "POST /api/centers": ["province"],
};

type Call = { method: string; url: string; key: string };

function calls(routes: RegisteredRoute[]): Call[] {
  return routes.flatMap((r) =>
    (Array.isArray(r.method) ? r.method : [r.method]).map((method) => ({ method, url: r.url, key: `${method === "HEAD" ? "GET" : method} ${r.url}` })),
  );
}

const allowed = (rule: (typeof ACCESS)[string], who: TestRole | null) =>
  rule === "public" || (who !== null && (rule === "user" || rule.includes(who)));

describe.each(storeFactories())("route × role matrix on $name", (factory) => {
  let t: TestApp;
  let dist: string;
  const withWebApp: RegisteredRoute[] = [];
  const withLanding: RegisteredRoute[] = [];
  let ids: Record<string, number>;
  let landing: Awaited<ReturnType<typeof buildApp>>;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), "zhoubao-dist-"));
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>窗口工作周报</title>");
    t = await startTestApp(factory, { webDist: dist, onRoute: (r) => withWebApp.push(r) });
    landing = await buildApp({ store: t.store, webDist: null, onRoute: (r) => withLanding.push(r) });
    await landing.ready();
    // One object of each kind, so that /:id routes reach their handlers.
    const liaison = await t.as("liaison");
    const news = t.draft.sections.find((s) => s.content.kind === "news")!;
    const sub = await liaison.post("/api/submissions", { kind: "news", sectionId: news.id, text: "本周窗口推行帮办代办服务，群众满意度明显提升。" });
    const inspector = await t.as("inspector");
    const items = ["按时到岗情况", "工作区域标准化执行情况", "着装情况", "工作牌佩戴情况", "纪律秩序", "大厅防控情况"].map((item) => ({ item, verdict: "总体情况良好。" }));
    const ins = await inspector.post("/api/inspections", { inspectedOn: t.draft.period.end, items });
    const assessor = await t.as("assessor");
    const ass = await assessor.post("/api/assessments", { month: "2026-10", entries: [{ department: t.users.liaison.department, deductions: [], bonuses: [] }] });
    expect([sub.status, ins.status, ass.status]).toEqual([201, 201, 201]);
    ids = { submissions: sub.body.id, inspections: ins.body.id, assessments: ass.body.id, users: t.users.reader.id, departments: 1 };
  });
  afterAll(async () => {
    await landing?.close();
    await t?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  function path(url: string): string {
    const resource = url.split("/")[2];
    return url
      .replace(":ref", `${t.draft.year}-${t.draft.seq}`)
      .replace(":id", String(ids[resource] ?? 1))
      .replace(":n", "1")
      .replace(":date", "2026-12-05")
      .replace(":name", "tpl")
      .replace(":format", "html")
      .replace("*", "index.html");
  }

  it("has an entry for every registered route, and no entry without a route", () => {
    const registered = new Set(calls([...withWebApp, ...withLanding]).map((c) => c.key));
    expect([...registered].filter((k) => !(k in ACCESS)), "routes without an entry in ACCESS").toEqual([]);
    expect(Object.keys(ACCESS).filter((k) => !registered.has(k)), "entries in ACCESS without a route").toEqual([]);
  });

  // Nine sign-ins (scrypt) and publications that print a PDF (chromium): longer than the default 30 s on a busy machine.
  it("answers every route as every role and anonymously as the table says", { timeout: 120_000 }, async () => {
    const clients = new Map<TestRole | null, ApiClient>([[null, t.anonymous()]]);
    for (const r of TEST_ROLES) clients.set(r, await t.as(r));
    await clients.get(null)!.get("/api/auth/csrf");
    const failures: string[] = [];
    const all = [...calls(withWebApp).map((c) => ({ ...c, app: t.app })), ...calls(withLanding).filter((c) => c.key === "GET /").map((c) => ({ ...c, app: landing }))];
    expect(all.length).toBeGreaterThan(80);
    for (const c of all) {
      for (const [who, shared] of clients) {
        // Signing out ends the session: use a fresh one, so the other calls keep theirs.
        const client = c.key === "POST /api/auth/logout" && who ? await t.as(who) : shared;
        const viaLanding = c.app === landing ? new ApiClient(landing) : null;
        if (viaLanding) for (const [k, v] of client.cookies) viaLanding.cookies.set(k, v);
        const res = await (viaLanding ?? client).request(c.method, path(c.url), c.method === "GET" || c.method === "HEAD" || c.method === "DELETE" ? undefined : {});
        const ok = allowed(ACCESS[c.key], who);
        const denied = res.status === 401 || res.status === 403;
        const expectCode = who === null ? "auth.required" : "auth.forbidden";
        const bodyCode = c.method === "HEAD" ? expectCode : res.body?.code;
        if (ok === denied || (!ok && bodyCode !== expectCode))
          failures.push(`${c.method} ${c.url} as ${who ?? "anonymous"}: ${res.status} ${res.body?.code ?? ""} (expected ${ok ? "allowed" : expectCode})`);
      }
    }
    expect(failures).toEqual([]);
  });
});

/**
 * Department scoping of every read path (issue 20): a draft is the editors' work. A
 * liaison sees it reduced to their own department's items (their page offers its
 * sections), an inspector or assessor its headings only, a reader nothing; its
 * document, Facts, search hits and dashboard figures only editorial roles.
 */
/** The roles that read a draft whole: the editorial ones, and the center's managers (admin, province). */
const WHOLE: TestRole[] = ["editor", "approver", "admin", "province"];

describe.each(storeFactories())("what each role reads of a draft on $name", (factory) => {
  let t: TestApp;
  let ref: string;
  const clients = new Map<TestRole, ApiClient>();
  const WORD = { liaison: "甲部门独有词", liaison2: "乙部门独有词" } as const;
  beforeAll(async () => {
    t = await startTestApp(factory);
    ref = `${t.draft.year}-${t.draft.seq}`;
    for (const r of TEST_ROLES) clients.set(r, await t.as(r));
    const doc = structuredClone(t.draft);
    const news = doc.sections.flatMap(function all(s): typeof doc.sections {
      return [s, ...s.children.flatMap(all)];
    }).find((s) => s.content.kind === "news")!;
    if (news.content.kind !== "news") throw new Error("no news section");
    news.content.items = (["liaison", "liaison2"] as const).map((r, i) => ({
      id: `scope-${i}`,
      text: `${t.users[r].department}${WORD[r]}，本周完成窗口服务事项梳理。`,
      departments: [t.users[r].department!],
      submissionId: null,
    }));
    const saved = await clients.get("editor")!.put(`/api/issues/${ref}`, { document: doc });
    expect(saved.status).toBe(200);
  });
  afterAll(async () => t?.close());
  const as = (r: TestRole) => clients.get(r)!;
  const newsTexts = (body: { sections: { content: { kind: string; items?: { text: string }[] }; children: unknown[] }[] }): string[] =>
    JSON.stringify(body.sections).match(/[甲乙]部门独有词/g) ?? [];

  it("gives each role of GET /api/issues/:ref what it may see of the draft", async () => {
    const expected: Partial<Record<TestRole, string[] | number>> = {
      editor: [WORD.liaison, WORD.liaison2],
      approver: [WORD.liaison, WORD.liaison2],
      admin: [WORD.liaison, WORD.liaison2],
      province: [WORD.liaison, WORD.liaison2],
      liaison: [WORD.liaison],
      liaison2: [WORD.liaison2],
      inspector: [],
      assessor: [],
      reader: 404,
    };
    for (const [role, want] of Object.entries(expected) as [TestRole, string[] | number][]) {
      const r = await as(role).get(`/api/issues/${ref}`);
      if (typeof want === "number") {
        expect([role, r.status, r.body.code]).toEqual([role, want, "issue.not-found"]);
        continue;
      }
      expect([role, r.status]).toEqual([role, 200]);
      expect([role, newsTexts(r.body)]).toEqual([role, want]);
      // The headings stay, so the liaison page can offer the sections to submit to.
      expect(r.body.sections.length).toBe(t.draft.sections.length);
    }
    const reduced = (await as("liaison").get(`/api/issues/${ref}`)).body;
    expect([reduced.findings, reduced.attachments, reduced.overrides]).toEqual([[], [], []]);
  });

  it("keeps the draft in the liaison's issue list, not in the reader's", async () => {
    const refs = async (r: TestRole) => ((await as(r).get("/api/issues?limit=5")).body.issues as { ref: string }[]).map((i) => i.ref);
    expect(await refs("liaison")).toContain(ref);
    expect(await refs("reader")).not.toContain(ref);
  });

  it("refuses a draft's document (HTML, DOCX, PDF) and Facts to all but editorial roles", async () => {
    for (const url of [`/api/issues/${ref}/document.html`, `/api/issues/${ref}/document.docx`, `/api/issues/${ref}/facts`])
      for (const role of TEST_ROLES) {
        const r = await as(role).get(url);
        const whole = WHOLE.includes(role);
        expect([url, role, r.status]).toEqual([url, role, whole ? 200 : 404]);
      }
    // The PDF is refused before it is rendered (editorial roles' PDFs need chromium: render tests).
    for (const role of ["liaison", "liaison2", "inspector", "assessor", "reader"] as const) {
      const r = await as(role).get(`/api/issues/${ref}/document.pdf`);
      expect([role, r.status, r.body.code]).toEqual([role, 404, "issue.not-found"]);
    }
  });

  it("finds a draft's text in the archive and counts it on the dashboard for editorial roles only", async () => {
    for (const role of TEST_ROLES) {
      const whole = WHOLE.includes(role);
      const search = await as(role).get(`/api/archive/search?q=${encodeURIComponent(WORD.liaison)}`);
      expect([role, search.status, search.body.hits.map((h: { ref: string }) => h.ref)]).toEqual([role, 200, whole ? [ref] : []]);
    }
    const count = async (r: TestRole) => (await as(r).get(`/api/dashboard?year=${t.draft.year}`)).body.issues as number;
    const editorial = await count("editor");
    for (const role of ["liaison", "liaison2", "inspector", "assessor", "reader"] as const) expect([role, await count(role)]).toEqual([role, editorial - 1]);
  });
});
