import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeFactories } from "../store/testing.js";
import { startTestApp, type ApiClient, type TestApp, type TestRole } from "./testing.js";
import { sectionOf } from "./weeklyFigures.js";

/**
 * Values PostgreSQL cannot store (NUL in text, integers beyond int4) and dates in year 0
 * are refused as 400 input.invalid on both stores — on PostgreSQL they were 500s.
 */
describe.each(storeFactories())("unstorable input on $name", (factory) => {
  let t: TestApp;
  const clients = new Map<TestRole, ApiClient>();
  beforeAll(async () => {
    t = await startTestApp(factory);
    for (const r of ["editor", "liaison", "inspector", "assessor", "admin"] as const) clients.set(r, await t.as(r));
  });
  afterAll(async () => t?.close());

  it("refuses NUL, int4 overflow and year-0 dates in bodies, paths, queries and form fields, and writes nothing", async () => {
    const ref = `${t.draft.year}-${t.draft.seq}`;
    const news = sectionOf(t.draft.sections, "news");
    const nulTitle = { ...t.draft, title: "窗口\u0000工作周报" };
    const before = { submissions: (await clients.get("liaison")!.get("/api/submissions")).body, audit: await t.store.audit.list(t.centerId, {}) };
    const cases: [TestRole, string, string, unknown][] = [
      ["liaison", "POST", "/api/submissions", { kind: "news", sectionId: news.id, text: "一条含有空字符\u0000的部门动态，应被拒绝。" }],
      ["liaison", "POST", "/api/submissions", { kind: "leader-visit", date: "0000-01-01", person: "王建国" }],
      ["liaison", "POST", "/api/submissions", { kind: "leader-visit", date: "2026-11-18", person: "王\u0000建国" }],
      ["editor", "PUT", `/api/issues/${ref}`, { document: nulTitle }],
      ["editor", "PUT", `/api/issues/${ref}`, { document: { ...t.draft, publishedOn: "0000-01-01" } }],
      ["editor", "POST", "/api/issues", { seq: 2 ** 31 }],
      ["editor", "POST", "/api/issues", { total: 2 ** 31 }],
      ["editor", "GET", `/api/submissions/${2 ** 31}`, undefined],
      ["editor", "GET", `/api/audit?before=${2 ** 31}`, undefined],
      ["editor", "GET", "/api/archive/search?q=%E5%91%A8%00", undefined],
      ["editor", "GET", "/api/archive/search?from=0000-01-01", undefined],
      ["inspector", "POST", "/api/inspections", { inspectedOn: "0000-01-01", items: [] }],
      ["assessor", "POST", "/api/assessments", { month: "0000-10", entries: [{ department: "水利厅" }] }],
      ["admin", "POST", "/api/users", { username: "wangwu", displayName: "王\u0000五", role: "reader", password: "Zhoubao-Test-2026!" }],
      ["admin", "PUT", `/api/users/${2 ** 31}`, { displayName: "王五" }],
    ];
    for (const [role, method, url, body] of cases) {
      const r = await clients.get(role)!.request(method, url, body);
      expect([method, url, r.status, r.body.code]).toEqual([method, url, 400, "input.invalid"]);
      expect(r.body.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const ledger = await clients.get("editor")!.upload("/api/ledger/cases", { source: "省\u0000平台" }, { name: "a.csv", bytes: Buffer.from("统一编码\n1\n") });
    expect([ledger.status, ledger.body.code]).toEqual([400, "input.invalid"]);
    expect((await clients.get("liaison")!.get("/api/submissions")).body).toEqual(before.submissions);
    expect(await t.store.audit.list(t.centerId, {})).toEqual(before.audit);
  });
});
