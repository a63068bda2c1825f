import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeFactories } from "../../../store/testing.js";
import { startTestApp, type ApiClient, type TestApp } from "../../testing.js";
import { sectionOf } from "../../weeklyFigures.js";

type Node = { id: string; heading: string; content: { kind: string; items?: { submissionId?: string }[] }; children: Node[] };
type Tree = Node[];
const flat = (t: Tree): Tree => t.flatMap((s) => [s, ...flat(s.children)]);

describe.each(storeFactories())("submissions before the issue exists on $name", (factory) => {
  let t: TestApp;
  let editor: ApiClient, liaison: ApiClient;
  let latest: { ref: string; sections: Tree };
  beforeAll(async () => {
    t = await startTestApp(factory, { draft: false });
    [editor, liaison] = await Promise.all([t.as("editor"), t.as("liaison")]);
    const ref = (await liaison.get("/api/issues?limit=1")).body.issues[0].ref;
    latest = { ref, sections: (await liaison.get(`/api/issues/${ref}`)).body.sections };
  });
  afterAll(async () => t?.close());

  it("keeps items written with no draft issue, and they flow into the next issue when it is created", async () => {
    // A section further down the tree than the first, so the flow-in must follow its heading.
    const chosen = flat(latest.sections).filter((s) => s.content.kind === "news")[1];
    const news = await liaison.post("/api/submissions", { kind: "news", sectionId: chosen.id, text: "周末延时服务窗口办件一百二十件，群众满意。" });
    expect(news.status).toBe(201);
    expect(news.body).toMatchObject({ issue: null, status: "draft" });
    const visit = await liaison.post("/api/submissions", { kind: "leader-visit", date: "2030-01-02", person: "王建国", title: "副厅长" });
    expect(visit.status).toBe(201);
    for (const s of [news, visit]) expect((await liaison.post(`/api/submissions/${s.body.id}/submit`)).body).toMatchObject({ status: "submitted", issue: null });
    // A waiting item must name a section the next issue will have; a wrong one is refused and not stored.
    const total = (await liaison.get("/api/submissions")).body.total;
    const wrong = await liaison.post("/api/submissions", { kind: "news", sectionId: "no-such-section", text: "一条指向不存在栏目的动态稿件。" });
    expect([wrong.status, wrong.body.code]).toEqual([400, "input.bad-reference"]);
    expect((await liaison.get("/api/submissions")).body.total).toBe(total);
    // The editor sees them waiting, but cannot accept them before there is an issue to put them in.
    expect((await editor.post(`/api/submissions/${news.body.id}/accept`)).body.code).toBe("issue.none-yet");

    const created = await editor.post("/api/issues", {});
    expect(created.status).toBe(201);
    const ref = created.body.issue.ref;
    const moved = (await editor.get(`/api/submissions?issue=${ref}`)).body.submissions;
    expect(moved.map((s: { id: number }) => s.id).sort()).toEqual([news.body.id, visit.body.id].sort());
    const target = flat(created.body.issue.sections).find((s) => s.heading === chosen.heading)!;
    expect(moved.find((s: { id: number }) => s.id === news.body.id).content.sectionId).toBe(target.id);

    expect((await editor.post(`/api/submissions/${news.body.id}/accept`)).body.status).toBe("accepted");
    const issue = (await editor.get(`/api/issues/${ref}`)).body;
    expect(flat(issue.sections).find((s) => s.id === target.id)!.content.items!.map((i) => i.submissionId)).toContain(String(news.body.id));
    // With a draft now open, a visit dated outside its period is refused with the reason, and not stored.
    const count = (await liaison.get("/api/submissions")).body.total;
    const outside = await liaison.post("/api/submissions", { kind: "leader-visit", date: "2030-01-02", person: "李华", title: "厅长" });
    expect([outside.status, outside.body.code]).toEqual([400, "date.outside-period"]);
    expect(outside.body.message).toContain("进大厅日期");
    expect((await liaison.get("/api/submissions")).body.total).toBe(count);
    expect(sectionOf(issue.sections, "leader-visits")).toBeTruthy();
  });
});
