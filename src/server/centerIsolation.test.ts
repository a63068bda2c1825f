import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCaseExport } from "../ingest/ledger/generator.js";
import { scratch } from "../ingest/ledger/testing.js";
import { FIXTURES } from "../ingest/report/testing/fixtures.js";
import { systemActor } from "../services/actor.js";
import { enqueueIssueEvent } from "../services/distributionEnqueuer.js";
import { createIssue } from "../services/issueEditor.js";
import type { Store } from "../store/index.js";
import { storeFactories } from "../store/testing.js";
import type { RegisteredRoute } from "./options.js";
import { ApiClient, createTestAccounts, type Answer, PUBLIC_ROUTES, startTestApp, TEST_ROLES, type TestApp, type TestRole } from "./testing.js";

/**
 * Isolation of centers (issue 19): how each route is bound to the caller's center. A route
 * missing here fails the test, so a new route cannot ship without a decision.
 * "public": the same for everyone; "list": answers from the caller's center only (no
 * trace of the other center's items); "own": writes to the caller's center only; a number:
 * the status a user of another center gets when the path names the first center's item.
 */
const SCOPE: Record<string, "public" | "list" | "own" | 404 | 400> = {
  ...Object.fromEntries(PUBLIC_ROUTES.map((k) => [k, "public" as const])),
  "POST /api/auth/logout": "own",
  "GET /api/me": "list",
  "PUT /api/me/password": "own",
  "GET /api/issues": "list",
  "POST /api/issues": "own",
  "GET /api/issues/:ref": 404,
  "PUT /api/issues/:ref": 404,
  "GET /api/issues/:ref/facts": 404,
  "POST /api/issues/:ref/transitions": 404,
  "POST /api/issues/:ref/publish-jobs": 404,
  "GET /api/publish-jobs/:id": 404,
  "PUT /api/issues/:ref/overrides": 404,
  "POST /api/issues/:ref/corrections": 404,
  "GET /api/issues/:ref/revisions": 404,
  "GET /api/issues/:ref/revisions/:n": 404,
  "GET /api/issues/:ref/document.:format": 404,
  "GET /api/render/fonts": "public",
  "GET /api/submissions": "list",
  "POST /api/submissions": "own",
  "GET /api/submissions/:id": 404,
  "PUT /api/submissions/:id": 404,
  "DELETE /api/submissions/:id": 404,
  "POST /api/submissions/:id/submit": 404,
  "POST /api/submissions/:id/accept": 404,
  "POST /api/submissions/:id/return": 404,
  "GET /api/inspections": "list",
  "POST /api/inspections": "own",
  "GET /api/inspections/:id": 404,
  "PUT /api/inspections/:id": 404,
  "POST /api/inspections/:id/attach": 404,
  "GET /api/assessments": "list",
  "POST /api/assessments": "own",
  "GET /api/assessments/:id": 404,
  "GET /api/assessments/:id/export.xlsx": 404,
  "PUT /api/assessments/:id": 404,
  "POST /api/assessments/:id/approve": 404,
  "POST /api/assessments/:id/attach": 404,
  "GET /api/departments": "list",
  "POST /api/departments": "own",
  "PUT /api/departments/:id": 400,
  "GET /api/users": "list",
  "POST /api/users": "own",
  "GET /api/users/:id": 404,
  "PUT /api/users/:id": 404,
  "GET /api/calendar/overrides": "list",
  "PUT /api/calendar/overrides/:date": "own",
  // The other center's override of that date is not the caller's: there is none to remove.
  "DELETE /api/calendar/overrides/:date": 400,
  "GET /api/settings": "list",
  "PUT /api/settings": "own",
  "GET /api/audit": "list",
  "GET /api/archive/search": "list",
  "GET /api/dashboard": "list",
  // XLSX files: the marker check reads their sheets and shared strings (answerText).
  "GET /api/archive/export.xlsx": "list",
  "GET /api/dashboard/export.xlsx": "list",
  "POST /api/imports": "own",
  "POST /api/ledger/cases": "own",
  "POST /api/ledger/desk": "own",
  "GET /api/ledger/progress/:key": 404,
  "GET /api/ledger/imports": "list",
  "GET /api/ledger/summary": "list",
  "POST /api/issues/:ref/fill-figures": 404,
  "GET /api/templates": "list",
  "POST /api/templates": "own",
  "DELETE /api/templates/:name": 404,
  "GET /api/tokens": "list",
  "POST /api/tokens": "own",
  "POST /api/tokens/:id/revoke": 404,
  "GET /api/recipients": "list",
  "POST /api/recipients": "own",
  "PUT /api/recipients/:id": 404,
  "DELETE /api/recipients/:id": 404,
  "GET /api/webhooks": "list",
  "POST /api/webhooks": "own",
  "PUT /api/webhooks/:id": 404,
  "DELETE /api/webhooks/:id": 404,
  "GET /api/deliveries": "list",
  "POST /api/deliveries/:id/resend": 404,
  "GET /api/notifications": "list",
  "POST /api/notifications/read": "own",
  "GET /api/notifications/email": "list",
  "PUT /api/notifications/email": "own",
  "GET /api/schedules": "list",
  "PUT /api/schedules": "own",
  "GET /api/issues/:ref/scheduled-publish": 404,
  "PUT /api/issues/:ref/scheduled-publish": 404,
  "DELETE /api/issues/:ref/scheduled-publish": 404,
  "GET /api/issues/:ref/review": 404,
  "GET /api/issues/:ref/comments": 404,
  "POST /api/issues/:ref/comments": 404,
  "POST /api/issues/:ref/comments/:id/resolve": 404,
  "GET /api/province/summary": "list",
  "GET /api/centers": "list",
  "POST /api/centers": "own",
};

/** Text only center A's data holds: found by A's users, never in an answer to B's. */
const WORD = "甲中心独有词";
const MARKERS = [WORD, "jia@a.example", "https://a.example/hook", "甲中心令牌", "甲中心模板", "甲中心办件.csv", "甲中心巡查结论", "甲中心调休", "甲中心审阅意见"];

/** Every row of center A, in every table keyed by center (and the rows of A's issues): what must not change. */
async function snapshot(store: Store, centerId: number, issueIds: number[]): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of await store.db.introspection.getTables()) {
    const cols = t.columns.map((c) => c.name);
    const key = cols.includes("center_id") ? "center_id" : cols.includes("issue_id") ? "issue_id" : null;
    if (!key || t.name.startsWith("kysely_")) continue;
    const ids = key === "center_id" ? [centerId] : issueIds;
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(t.name)} where ${sql.ref(key)} in (${sql.join(ids)})`.execute(store.db);
    out[t.name] = rows.rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

/** The text of an answer: its JSON or text as sent, or an XLSX's sheets and shared strings. */
async function answerText(res: Answer): Promise<string> {
  if (!String(res.headers["content-type"] ?? "").includes("spreadsheetml")) return typeof res.body === "string" ? res.body : JSON.stringify(res.body ?? "");
  const zip = await JSZip.loadAsync(res.raw);
  const xml = Object.values(zip.files).filter((f) => f.name.endsWith(".xml"));
  return (await Promise.all(xml.map((f) => f.async("string")))).join("\n");
}

describe.each(storeFactories())("route × role × center matrix on $name", (factory) => {
  let t: TestApp;
  const routes: RegisteredRoute[] = [];
  const a = new Map<TestRole, ApiClient>();
  const b = new Map<TestRole, ApiClient>();
  let params: Record<string, string>;
  /** Bodies that pass each write's validation, so that the call reaches the lookup of A's item. */
  let bodies: Record<string, unknown>;
  let ids: Record<string, number>;
  let aIssueIds: number[];
  /** A published issue of A (the matrix names A's draft). */
  let publishedRef: string;
  let dir: string;

  beforeAll(async () => {
    dir = scratch();
    t = await startTestApp(factory, { onRoute: (r) => routes.push(r) });
    // Center B below A, with accounts of every role (b-…) and its own draft.
    const centerB = await t.store.centers.create("510100", "成都市政务服务中心", {}, t.centerId);
    await t.store.departments.seed(centerB.id);
    const bAccounts = await createTestAccounts(t.store, centerB.id, "b-");
    await createIssue(t.store, { ...systemActor(centerB.id), userId: bAccounts.ids.editor, username: "b-editor", role: "editor" }, {});
    for (const r of TEST_ROLES) {
      a.set(r, await t.as(r));
      const c = new ApiClient(t.app);
      await c.login(bAccounts.users[r].username);
      b.set(r, c);
    }
    // Center A's items of every kind, made through the API (so A's audit log has them too).
    const A = (r: TestRole) => a.get(r)!;
    const ref = `${t.draft.year}-${t.draft.seq}`;
    const news = t.draft.sections.flatMap(function all(s): typeof t.draft.sections {
      return [s, ...s.children.flatMap(all)];
    }).find((s) => s.content.kind === "news")!;
    const sub = await A("liaison").post("/api/submissions", { kind: "news", sectionId: news.id, text: `本周${WORD}：窗口推行帮办代办服务。` });
    await A("liaison").post(`/api/submissions/${sub.body.id}/submit`);
    const items = ["按时到岗情况", "工作区域标准化执行情况", "着装情况", "工作牌佩戴情况", "纪律秩序", "大厅防控情况"].map((item) => ({ item, verdict: "甲中心巡查结论：总体情况良好。" }));
    const ins = await A("inspector").post("/api/inspections", { inspectedOn: t.draft.period.end, items });
    const ass = await A("assessor").post("/api/assessments", { month: "2026-10", entries: [{ department: t.users.liaison.department, deductions: [], bonuses: [] }] });
    const rec = await A("admin").post("/api/recipients", { line: "report", name: "甲中心收件人", email: "jia@a.example" });
    const hook = await A("admin").post("/api/webhooks", { name: "甲中心钩子", url: "https://a.example/hook" });
    const token = await A("admin").post("/api/tokens", { name: "甲中心令牌", scopes: ["read-published"] });
    const tpl = await A("editor").post("/api/templates", { name: "甲中心模板", issue: ref });
    const cal = await A("admin").put("/api/calendar/overrides/2026-12-05", { workday: true, note: "甲中心调休" });
    const csv = join(dir, "甲中心办件.csv");
    await writeCaseExport(csv, { year: 2026, rows: 200, seed: 7, asOf: "2026-11-20" });
    const ledger = await A("editor").upload("/api/ledger/cases", { progressKey: "jia-center-import" }, { name: "甲中心办件.csv", bytes: readFileSync(csv) });
    const past = await A("editor").upload("/api/imports", { dryRun: "true" }, { name: "2023-45.txt", bytes: readFileSync(join(FIXTURES, "2023-45.txt")) });
    const comment = await A("approver").post(`/api/issues/${ref}/comments`, { sectionId: news.id, text: "甲中心审阅意见：请写明人数。" });
    const published = (await t.store.issues.list(t.centerId)).find((i) => i.status === "published")!;
    await enqueueIssueEvent(t.store, (await t.store.issues.byId(published.id))!, "published");
    const [delivery] = await t.store.deliveries.list(t.centerId);
    expect([sub, ins, ass, rec, hook, token, tpl, comment].map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201, 201, 201]);
    expect([cal.status, ledger.status, past.status, delivery?.id > 0]).toEqual([200, 200, 200, true]);
    ids = { submissions: sub.body.id, inspections: ins.body.id, assessments: ass.body.id, users: t.users.reader.id, departments: (await t.store.departments.list(t.centerId))[0].id!, tokens: token.body.info.id, recipients: rec.body.id, webhooks: hook.body.id, deliveries: delivery.id, issues: comment.body.id }; // the only :id under /api/issues is a review comment
    const inspection = { inspectedOn: t.draft.period.end, items };
    const assessment = { month: "2026-10", entries: [{ department: t.users.liaison.department, deductions: [], bonuses: [] }] };
    bodies = {
      "PUT /api/issues/:ref": { document: t.draft },
      "POST /api/issues/:ref/transitions": { action: "submit" },
      "PUT /api/issues/:ref/overrides": { overrides: [] },
      "POST /api/issues/:ref/corrections": { reason: "更正统计数字", document: t.draft },
      "PUT /api/submissions/:id": { kind: "news", sectionId: news.id, text: "本周窗口推行帮办代办服务。" },
      "POST /api/submissions/:id/return": { comment: "请补充数字" },
      "PUT /api/inspections/:id": inspection,
      "PUT /api/assessments/:id": assessment,
      "POST /api/assessments/:id/attach": { issue: ref },
      "PUT /api/recipients/:id": { line: "report", name: "乙中心收件人", email: "yi@b.example" },
      "PUT /api/webhooks/:id": { name: "乙中心钩子", url: "https://b.example/hook" },
      "PUT /api/issues/:ref/scheduled-publish": { at: "2026-12-30T09:00:00+08:00" },
      "POST /api/issues/:ref/comments": { sectionId: "s1", text: "中心 B 的审阅意见" },
    };
    params = { ref, n: "1", date: "2026-12-05", name: "甲中心模板", format: "html", key: "jia-center-import" };
    aIssueIds = (await t.store.issues.list(t.centerId)).map((i) => i.id);
    publishedRef = `${published.year}-${published.seq}`;
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const keys = () => [...new Set(routes.flatMap((r) => (Array.isArray(r.method) ? r.method : [r.method]).filter((m) => m !== "HEAD").map((m) => `${m} ${r.url}`)))];
  const path = (key: string) => {
    const [, url] = key.split(" ");
    const resource = url.split("/")[2];
    return url.replace(/:([a-z]+)/g, (_, p: string) => (p === "id" ? String(ids[resource]) : encodeURIComponent(params[p]))).replace("*", "index.html");
  };
  const query: Record<string, string> = { "GET /api/archive/search": `?q=${encodeURIComponent(WORD)}`, "GET /api/issues": "?limit=200", "GET /api/dashboard": "?year=2026", "GET /api/dashboard/export.xlsx": "?year=2026" };
  /** A's markers in an answer, except those the caller itself sent (a 404 names what was asked for). */
  const leaks = async (res: Answer, asked = "") => {
    const text = await answerText(res);
    return MARKERS.filter((m) => !asked.includes(m) && text.includes(m));
  };

  it("has a scope for every registered route, and no scope without a route", () => {
    const registered = new Set(keys());
    expect([...registered].filter((k) => !(k in SCOPE)), "routes without an entry in SCOPE").toEqual([]);
    // Two public routes exist only beside a built web app (its pages, the docs' redirect); this app has none.
    expect(Object.keys(SCOPE).filter((k) => !registered.has(k) && !["GET /*", "GET /api/docs/"].includes(k)), "entries in SCOPE without a route").toEqual([]);
  });

  it("lets A's own users find A's marked items, so that their absence from B's answers means something", async () => {
    const seen = new Set<string>();
    for (const key of keys().filter((k) => SCOPE[k] === "list" || SCOPE[k] === 404))
      if (key.startsWith("GET "))
        for (const r of TEST_ROLES) for (const m of await leaks(await a.get(r)!.get(path(key) + (query[key] ?? "")))) seen.add(m);
    expect([...seen].sort()).toEqual([...MARKERS].sort());
  });

  it("never answers B's users with A's items, refuses B's calls on A's ids with 404, and changes nothing of A", { timeout: 240_000 }, async () => {
    const before = await snapshot(t.store, t.centerId, aIssueIds);
    const failures: string[] = [];
    for (const key of keys()) {
      const scope = SCOPE[key];
      if (scope === "public" || key === "POST /api/auth/logout") continue;
      const [method] = key.split(" ");
      let reached = false;
      for (const r of TEST_ROLES) {
        const url = path(key) + (query[key] ?? "");
        const body = key in bodies ? bodies[key] : method === "GET" || method === "DELETE" ? undefined : {};
        const res = await b.get(r)!.request(method, url, body);
        const denied = res.status === 401 || res.status === 403;
        if (!denied) reached = true;
        const leaked = await leaks(res, decodeURIComponent(url));
        if (leaked.length) failures.push(`${key} as b-${r}: ${res.status} shows ${leaked.join("、")}`);
        if (typeof scope === "number" && !denied && res.status !== scope) failures.push(`${key} as b-${r}: ${res.status} ${res.body?.code ?? ""} ${res.body?.message ?? ""} (expected ${scope})`);
        if (res.status >= 500) failures.push(`${key} as b-${r}: ${res.status} ${res.body?.code ?? ""}`);
      }
      if (!reached) failures.push(`${key}: no role of B reaches the handler`);
    }
    expect(failures).toEqual([]);
    expect(await snapshot(t.store, t.centerId, aIssueIds)).toEqual(before);
  });

  it("keeps A's issues out of B's XLSX exports, which A's own exports list", async () => {
    // An issue in a sheet: “2026年第45期” in 往期周报, “第45期” in 统计数据.
    const refs = async (c: ApiClient) => ((await c.get("/api/issues?limit=200")).body.issues as { ref: string }[]).map((i) => `第${i.ref.split("-")[1]}期<`);
    const bRefs = new Set(await refs(b.get("editor")!));
    const aOnly = (await refs(a.get("editor")!)).filter((r) => !bRefs.has(r));
    expect(aOnly.length).toBeGreaterThan(3);
    for (const url of ["/api/archive/export.xlsx", "/api/dashboard/export.xlsx?year=2026"]) {
      const mine = await answerText(await a.get("editor")!.get(url));
      expect(aOnly.filter((r) => mine.includes(r)).length, `A's ${url}`).toBeGreaterThan(0);
      for (const r of TEST_ROLES) {
        const res = await b.get(r)!.get(url);
        if (res.status !== 200) continue;
        const theirs = await answerText(res);
        expect(aOnly.filter((ref) => theirs.includes(ref)), `${url} as b-${r}`).toEqual([]);
      }
    }
  });

  it("answers 404 to every role of B for A's published issues too", async () => {
    for (const url of ["", "/facts", "/revisions", "/revisions/1", "/document.html"])
      for (const r of TEST_ROLES) {
        const res = await b.get(r)!.get(`/api/issues/${publishedRef}${url}`);
        expect([url, r, res.status, res.body.code]).toEqual([url, r, 404, "issue.not-found"]);
      }
  });
});
