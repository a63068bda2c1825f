import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeFactories } from "../store/testing.js";
import { startTestApp, type TestApp } from "./testing.js";

/** Lists that used to stop silently at 500 (submissions) and 200 (inspections) come in pages with their total. */
describe.each(storeFactories())("paged lists on $name", (factory) => {
  let t: TestApp;
  const N = 501;
  beforeAll(async () => {
    t = await startTestApp(factory, { demo: false });
    const department = (await t.store.departments.list(t.centerId))[0];
    await t.store.transaction(async (tx) => {
      for (let i = 0; i < N; i++) {
        await tx.submissions.create({ centerId: t.centerId, issueId: t.draft.id, departmentId: department.id!, authorId: t.users.liaison.id, content: { kind: "news", sectionId: "s", text: `第${i + 1}条部门动态，用于分页测试。` } });
        await tx.inspections.create({ centerId: t.centerId, issueId: t.draft.id, inspectedOn: "2026-11-18", items: [{ item: "着装情况", verdict: "良好", note: String(i + 1) }], inspectorId: t.users.inspector.id });
      }
    });
  }, 120_000);
  afterAll(async () => t?.close());

  it("answers 501 submissions over two pages of 500 with the right total, newest first", async () => {
    const editor = await t.as("editor");
    const first = await editor.get("/api/submissions?pageSize=500");
    const second = await editor.get("/api/submissions?pageSize=500&page=2");
    expect([first.body.total, first.body.page, first.body.pageSize, first.body.submissions.length]).toEqual([N, 1, 500, 500]);
    expect([second.body.total, second.body.page, second.body.submissions.length]).toEqual([N, 2, 1]);
    const ids = [...first.body.submissions, ...second.body.submissions].map((s: { id: number }) => s.id);
    expect(new Set(ids).size).toBe(N);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    // The liaison of another department sees none of them, and a total of 0.
    expect((await (await t.as("liaison2")).get("/api/submissions")).body).toMatchObject({ submissions: [], total: 0 });
    expect((await editor.get("/api/submissions?pageSize=501")).status).toBe(400);
    expect((await editor.get("/api/submissions?page=0")).status).toBe(400);
  });

  it("answers 501 inspections over two pages with the right total", async () => {
    const inspector = await t.as("inspector");
    const first = await inspector.get("/api/inspections?pageSize=500");
    const second = await inspector.get("/api/inspections?pageSize=500&page=2");
    expect([first.body.total, first.body.inspections.length, second.body.inspections.length]).toEqual([N, 500, 1]);
    const notes = [...first.body.inspections, ...second.body.inspections].map((i: { items: { note: string }[] }) => i.items[0].note);
    expect(new Set(notes).size).toBe(N);
    expect((await inspector.get(`/api/inspections?issue=${t.draft.year}-${t.draft.seq}&pageSize=100&page=6`)).body).toMatchObject({ total: N, page: 6 });
  });
});
