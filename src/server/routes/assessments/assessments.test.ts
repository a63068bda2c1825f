import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeFactories } from "../../../store/testing.js";
import { startTestApp, type ApiClient, type TestApp } from "../../testing.js";

const entry = (department: string, minus: number[], plus: number[]) => ({
  department,
  deductions: minus.map((points) => ({ points, reason: "窗口人员迟到" })),
  bonuses: plus.map((points) => ({ points, reason: "收到群众表扬" })),
});

describe.each(storeFactories())("assessment routes on $name", (factory) => {
  let t: TestApp;
  let editor: ApiClient, assessor: ApiClient;
  beforeAll(async () => {
    t = await startTestApp(factory);
    [editor, assessor] = await Promise.all([t.as("editor"), t.as("assessor")]);
  });
  afterAll(async () => t?.close());

  it("scores and ranks a month: ties share a rank and the next rank skips (12, 12, 14)", async () => {
    const r = await assessor.post("/api/assessments", {
      month: "2026-09",
      entries: [entry("应急厅", [0.5], [2]), entry("水利厅", [], [1.5]), entry("自然资源厅", [1, 1], [0.5]), entry("公安厅", [], [])],
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ title: "2026年9月进驻部门（单位）窗口考核结果", status: "draft", statusLabel: "草稿" });
    expect(r.body.rows.map((x: any) => [x.rank, x.department, x.deduction, x.bonus, x.score])).toEqual([
      [1, "应急管理厅", -0.5, 2, 101.5],
      [1, "水利厅", 0, 1.5, 101.5],
      [3, "公安厅", 0, 0, 100],
      [4, "自然资源厅", -2, 0.5, 98.5],
    ]);
    expect((await assessor.post("/api/assessments", { month: "2026-09", entries: [entry("水利厅", [], [])] })).body.code).toBe("assessment.duplicate");
  });

  it("is final once approved, and attaches to a draft issue as its single assessment attachment", async () => {
    const a = await assessor.post("/api/assessments", { month: "2026-10", entries: [entry("水利厅", [], [3]), entry("公安厅", [1], [])] });
    expect((await assessor.put(`/api/assessments/${a.body.id}`, { month: "2026-10", title: "十月考核", entries: [entry("水利厅", [], [4])] })).body.title).toBe("十月考核");
    expect((await editor.post(`/api/assessments/${a.body.id}/approve`)).body).toMatchObject({ status: "approved", approver: "测试editor" });
    expect((await editor.post(`/api/assessments/${a.body.id}/approve`)).body.code).toBe("assessment.bad-state");
    expect((await assessor.put(`/api/assessments/${a.body.id}`, { month: "2026-10", entries: [entry("水利厅", [], [])] })).body.code).toBe("assessment.bad-state");
    const ref = `${t.draft.year}-${t.draft.seq}`;
    for (let i = 0; i < 2; i++) expect((await editor.post(`/api/assessments/${a.body.id}/attach`, { issue: ref })).body.issue).toBe(ref);
    const issue = (await editor.get(`/api/issues/${ref}`)).body;
    expect(issue.attachments).toEqual([{ kind: "assessment", month: "2026-10", title: "十月考核", rows: [{ rank: 1, department: "水利厅", base: 100, deduction: 0, bonus: 4, score: 104 }] }]);
    expect(issue.findings.filter((f: { code: string }) => f.code.startsWith("assessment."))).toEqual([]);
    expect((await editor.get("/api/assessments")).body.assessments.map((x: { month: string }) => x.month)).toEqual(["2026-10", "2026-09"]);
  });
});
