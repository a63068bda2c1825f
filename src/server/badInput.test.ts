import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeFactories } from "../store/testing.js";
import { ApiClient, startTestApp, TEST_PASSWORD, type TestApp, type TestRole } from "./testing.js";
import { sectionOf } from "./weeklyFigures.js";

const CHINESE = /[\u4e00-\u9fff]/;
const SIX = ["按时到岗情况", "工作区域标准化执行情况", "着装情况", "工作牌佩戴情况", "纪律秩序", "大厅防控情况"];

/** Bad input of every kind gets { code, message (Chinese), details } with the right status, and writes nothing. */
describe.each(storeFactories())("bad input on $name", (factory) => {
  let t: TestApp;
  let ref: string;
  const clients = new Map<TestRole, ApiClient>();
  beforeAll(async () => {
    t = await startTestApp(factory);
    ref = `${t.draft.year}-${t.draft.seq}`;
    for (const r of ["editor", "liaison", "inspector", "assessor", "admin"] as const) clients.set(r, await t.as(r));
  });
  afterAll(async () => t?.close());
  const as = (r: TestRole) => clients.get(r)!;

  it("refuses invalid bodies, references and parameters, and writes nothing", async () => {
    const news = sectionOf(t.draft.sections, "news");
    const visits = sectionOf(t.draft.sections, "leader-visits");
    const doc = { ...t.draft };
    const weekend = { ...doc, period: { start: "2026-11-21", end: "2026-11-22" } };
    const unknownDept = structuredClone(doc);
    sectionOf(unknownDept.sections, "news").content = { ...news.content, items: [{ id: "n1", text: "一条动态", departments: ["不存在的局"], submissionId: null }] } as never;
    const cases: [TestRole, string, string, unknown, number, string][] = [
      ["liaison", "POST", "/api/submissions", { kind: "news", sectionId: news.id, text: "太短" }, 400, "input.invalid"],
      ["liaison", "POST", "/api/submissions", { kind: "poem", text: "床前明月光，疑是地上霜。举头望明月。" }, 400, "input.invalid"],
      ["liaison", "POST", "/api/submissions", { kind: "news", sectionId: visits.id, text: "这条动态选错了栏目，应被拒绝。" }, 400, "input.bad-reference"],
      ["liaison", "POST", "/api/submissions", { kind: "leader-visit", date: "2026-02-30", person: "王建国" }, 400, "input.invalid"],
      ["liaison", "POST", "/api/submissions", { issue: "2026-x", kind: "news", sectionId: news.id, text: "期号写错了，应被拒绝的一条动态。" }, 400, "issue.bad-ref"],
      ["liaison", "POST", "/api/submissions", { issue: "2031-9", kind: "news", sectionId: news.id, text: "期号不存在，应被拒绝的一条动态。" }, 404, "issue.not-found"],
      ["editor", "PUT", `/api/issues/${ref}`, { document: { ...doc, year: "二〇二六" } }, 400, "input.invalid"],
      ["editor", "PUT", `/api/issues/${ref}`, { document: weekend }, 400, "period.no-workday"],
      ["editor", "PUT", `/api/issues/${ref}`, { document: unknownDept }, 400, "department.unknown"],
      ["editor", "PUT", `/api/issues/${ref}`, { document: { ...doc, total: doc.total + 5 } }, 409, "issue.numbering-broken"],
      ["editor", "POST", `/api/issues/${ref}/transitions`, { action: "delete" }, 400, "input.invalid"],
      ["editor", "POST", `/api/issues/${ref}/transitions`, { action: "publish" }, 409, "issue.bad-transition"],
      ["editor", "PUT", `/api/issues/${ref}/overrides`, { overrides: [{ code: "stats.ytd-decreased", sectionId: null, field: null, reason: "想忽略一个错误" }] }, 400, "input.invalid"],
      ["editor", "POST", "/api/issues", { seq: -1 }, 400, "input.invalid"],
      ["editor", "GET", "/api/issues/abc", undefined, 400, "issue.bad-ref"],
      ["editor", "GET", "/api/issues/2099-1", undefined, 404, "issue.not-found"],
      ["editor", "GET", "/api/issues?limit=0", undefined, 400, "input.invalid"],
      ["editor", "GET", "/api/audit?limit=9999", undefined, 400, "input.invalid"],
      ["editor", "GET", "/api/audit?from=yesterday", undefined, 400, "input.invalid"],
      ["editor", "POST", "/api/submissions/999999/accept", {}, 404, "submission.not-found"],
      ["inspector", "POST", "/api/inspections", { inspectedOn: "2026-11-18", items: SIX.slice(0, 5).map((item) => ({ item, verdict: "良好" })) }, 400, "input.invalid"],
      ["inspector", "POST", "/api/inspections", { inspectedOn: "2026-11-18", items: [...SIX].reverse().map((item) => ({ item, verdict: "良好" })) }, 400, "input.invalid"],
      ["assessor", "POST", "/api/assessments", { month: "2026-13", entries: [{ department: "水利厅" }] }, 400, "input.invalid"],
      ["assessor", "POST", "/api/assessments", { month: "2026-10", entries: [{ department: "不存在的局" }] }, 400, "department.unknown"],
      ["assessor", "POST", "/api/assessments", { month: "2026-10", entries: [{ department: "水利厅", deductions: [{ points: -2, reason: "符号错误" }] }] }, 400, "input.invalid"],
      ["assessor", "POST", "/api/assessments", { month: "2026-10", entries: [{ department: "水利厅" }, { department: "水利厅" }] }, 400, "input.invalid"],
      ["admin", "POST", "/api/users", { username: "x", displayName: "某", role: "reader", password: TEST_PASSWORD }, 400, "input.invalid"],
      ["admin", "POST", "/api/users", { username: "wangwu", displayName: "王五", role: "boss", password: TEST_PASSWORD }, 400, "input.invalid"],
      ["admin", "POST", "/api/users", { username: "wangwu", displayName: "王五", role: "reader", password: "password" }, 400, "input.invalid"],
      ["admin", "POST", "/api/users", { username: "wangwu", displayName: "王五", role: "liaison", password: TEST_PASSWORD }, 400, "user.bad-role"],
      ["admin", "POST", "/api/users", { username: "t-editor", displayName: "重名", role: "reader", password: TEST_PASSWORD }, 409, "user.duplicate"],
      ["admin", "PUT", `/api/users/${t.users.admin.id}`, { role: "reader" }, 409, "user.last-admin"],
      // The province role manages centers: granted and taken at the command line only.
      ["admin", "POST", "/api/users", { username: "wangwu", displayName: "王五", role: "province", password: TEST_PASSWORD }, 403, "auth.forbidden"],
      ["admin", "PUT", `/api/users/${t.users.reader.id}`, { role: "province" }, 403, "auth.forbidden"],
      ["admin", "PUT", `/api/users/${t.users.province.id}`, { role: "reader" }, 403, "auth.forbidden"],
      ["admin", "PUT", "/api/calendar/overrides/2026-02-30", { workday: true }, 400, "input.invalid"],
      ["admin", "PUT", "/api/calendar/overrides/2026-10-10", { workday: "yes" }, 400, "input.invalid"],
      ["admin", "POST", "/api/departments", { name: "水利厅", aliases: [], displayOrder: 99 }, 409, "department.duplicate"],
      ["admin", "PUT", "/api/settings", { name: "", defaults: {} }, 400, "input.invalid"],
      ["admin", "GET", "/api/nowhere", undefined, 404, "route.not-found"],
    ];
    const before = { audit: (await t.store.audit.list(t.centerId, { limit: 10_000 })).length, issue: await t.store.issues.byId(t.draft.id) };
    const failures: string[] = [];
    for (const [role, method, url, body, status, code] of cases) {
      const r = await as(role).request(method, url, body);
      const good = r.status === status && r.body.code === code && CHINESE.test(r.body.message) && "details" in r.body;
      if (!good) failures.push(`${role} ${method} ${url}: ${r.status} ${JSON.stringify(r.body)} (expected ${status} ${code})`);
    }
    expect(failures).toEqual([]);
    expect((await t.store.audit.list(t.centerId, { limit: 10_000 })).length).toBe(before.audit);
    expect(await t.store.issues.byId(t.draft.id)).toEqual(before.issue);
    expect(await t.store.submissions.list(t.centerId)).toEqual([]);
    expect(await t.store.assessments.list(t.centerId)).toEqual([]);
  });

  it("explains validation failures field by field", async () => {
    const r = await as("liaison").post("/api/submissions", { kind: "news", sectionId: "", text: "太短" });
    expect(r.body.message).toMatch(/^请求内容不符合要求：/);
    expect(r.body.details.issues.map((i: { path: string }) => i.path).sort()).toEqual(["sectionId", "text"]);
  });

  it("refuses bodies that are not JSON, of the wrong type or too large", async () => {
    const c = as("editor");
    const headers = { "content-type": "application/json" };
    const broken = await c.request("PUT", `/api/issues/${ref}`, '{"document": {', { headers });
    expect([broken.status, broken.body.code, broken.body.message]).toEqual([400, "input.invalid", "请求内容不是有效的 JSON。"]);
    const text = await c.request("PUT", `/api/issues/${ref}`, "document=1", { headers: { "content-type": "text/plain" } });
    expect([text.status, text.body.code]).toEqual([415, "input.invalid"]);
    const huge = await c.request("PUT", `/api/issues/${ref}`, JSON.stringify({ document: "x".repeat(3 * 1024 * 1024) }), { headers });
    expect([huge.status, huge.body.code]).toEqual([413, "input.invalid"]);
  });

  it("leaves nothing behind when an acceptance is refused midway", async () => {
    const news = sectionOf(t.draft.sections, "news");
    const s = await as("liaison").post("/api/submissions", { kind: "news", sectionId: news.id, text: "窗口推行告知承诺制，本周办理事项三十余件。" });
    await as("liaison").post(`/api/submissions/${s.body.id}/submit`);
    const issueBefore = await t.store.issues.byId(t.draft.id);
    const auditBefore = (await t.store.audit.list(t.centerId, { limit: 10_000 })).length;
    const wrong = await as("editor").post(`/api/submissions/${s.body.id}/accept`, { sectionId: sectionOf(t.draft.sections, "inspection").id });
    expect([wrong.status, wrong.body.code]).toEqual([400, "input.bad-reference"]);
    expect((await as("liaison").get(`/api/submissions/${s.body.id}`)).body.status).toBe("submitted");
    expect(await t.store.issues.byId(t.draft.id)).toEqual(issueBefore);
    expect((await t.store.audit.list(t.centerId, { limit: 10_000 })).length).toBe(auditBefore);
  });
});
