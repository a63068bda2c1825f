import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeFactories } from "../../../store/testing.js";
import { startTestApp, type ApiClient, type TestApp } from "../../testing.js";
import { completeDraft, sectionOf } from "../../weeklyFigures.js";

describe.each(storeFactories())("submission routes on $name", (factory) => {
  let t: TestApp;
  let editor: ApiClient, liaison: ApiClient, other: ApiClient;
  let newsId: string, otherNewsId: string;
  const item = (text: string) => ({ kind: "news", sectionId: newsId, text });
  beforeAll(async () => {
    t = await startTestApp(factory);
    [editor, liaison, other] = await Promise.all([t.as("editor"), t.as("liaison"), t.as("liaison2")]);
    newsId = sectionOf(t.draft.sections, "news").id;
    otherNewsId = [...t.draft.sections.flatMap((s) => [s, ...s.children])].filter((s) => s.content.kind === "news")[1].id;
  });
  afterAll(async () => t?.close());

  it("lets a liaison edit and withdraw drafts, but not touch a submitted item", async () => {
    const s = await liaison.post("/api/submissions", item("窗口开展“好差评”回访，本周回访办事企业二十家。"));
    expect(s.body).toMatchObject({ status: "draft", statusLabel: "草稿", kind: "news", kindLabel: "工作动态", author: "测试liaison" });
    const edited = await liaison.put(`/api/submissions/${s.body.id}`, { ...item("窗口开展“好差评”回访，本周回访办事企业二十三家。"), sectionId: otherNewsId });
    expect(edited.body.content).toMatchObject({ sectionId: otherNewsId, text: expect.stringContaining("二十三家") });
    await liaison.post(`/api/submissions/${s.body.id}/submit`);
    expect((await liaison.put(`/api/submissions/${s.body.id}`, item("已报送后再改，应被拒绝的内容。"))).body.code).toBe("submission.bad-state");
    expect((await liaison.del(`/api/submissions/${s.body.id}`)).body.code).toBe("submission.bad-state");
    expect((await liaison.post(`/api/submissions/${s.body.id}/submit`)).body.code).toBe("submission.bad-state");
    const draft = await liaison.post("/api/submissions", item("一条写了一半、随后撤回的动态稿件。"));
    expect((await liaison.del(`/api/submissions/${draft.body.id}`)).body).toEqual({ ok: true });
    expect((await liaison.get(`/api/submissions/${draft.body.id}`)).body.code).toBe("submission.not-found");
  });

  it("keeps each liaison to their own department", async () => {
    const mine = await liaison.post("/api/submissions", item("本部门的一条动态，其他部门不可见也不可改。"));
    for (const r of [
      await other.get(`/api/submissions/${mine.body.id}`),
      await other.put(`/api/submissions/${mine.body.id}`, item("试图修改其他部门的稿件。应当失败。")),
      await other.post(`/api/submissions/${mine.body.id}/submit`),
      await other.del(`/api/submissions/${mine.body.id}`),
    ])
      expect([r.status, r.body.code]).toEqual([404, "submission.not-found"]);
    const filtered = (await other.get(`/api/submissions?departmentId=${t.users.liaison.department ? mine.body.departmentId : 0}`)).body.submissions;
    expect(filtered.every((s: { department: string }) => s.department === t.users.liaison2.department)).toBe(true);
    const byEditor = (await editor.get(`/api/submissions?departmentId=${mine.body.departmentId}`)).body.submissions;
    expect(byEditor.length).toBeGreaterThan(0);
    expect(byEditor.every((s: { departmentId: number }) => s.departmentId === mine.body.departmentId)).toBe(true);
  });

  it("puts an accepted leader visit into 厅（局）长进大厅 in date order, and the editor may place news elsewhere", async () => {
    const [d1, d2] = [t.draft.period.end, t.draft.period.start];
    const v1 = await other.post("/api/submissions", { kind: "leader-visit", date: d1, person: "李华", title: "厅长", text: "现场督导窗口服务。" });
    const v2 = await other.post("/api/submissions", { kind: "leader-visit", date: d2, person: "赵强", title: "副厅长" });
    const n = await other.post("/api/submissions", item("窗口实行首问负责，本周解答咨询三百余人次。"));
    for (const s of [v1, v2, n]) await other.post(`/api/submissions/${s.body.id}/submit`);
    for (const s of [v1, v2]) expect((await editor.post(`/api/submissions/${s.body.id}/accept`)).body.status).toBe("accepted");
    expect((await editor.post(`/api/submissions/${n.body.id}/accept`, { sectionId: otherNewsId })).body).toMatchObject({ status: "accepted", reviewer: "测试editor" });
    const issue = (await editor.get(`/api/issues/${t.draft.year}-${t.draft.seq}`)).body;
    expect(sectionOf(issue.sections, "leader-visits").content.visits.map((v: { person: string }) => v.person)).toEqual(["赵强", "李华"]);
    // The liaison's 情况说明 is printed after the sentence naming department, title and person, not instead of it.
    const dept = sectionOf(issue.sections, "leader-visits").content.visits[1].department;
    const page = String((await editor.get(`/api/issues/${t.draft.year}-${t.draft.seq}/document.html`)).body).replace(/<[^>]+>/g, "");
    expect(page).toContain(`${dept}厅长李华到省政务服务大厅窗口调研值守。现场督导窗口服务。`);
    expect(page).toContain(`${dept}副厅长赵强到省政务服务大厅窗口调研值守。`);
    const placed = [...issue.sections.flatMap((s: any) => [s, ...s.children])].find((s: any) => s.id === otherNewsId);
    expect(placed.content.items.map((i: { submissionId: string }) => i.submissionId)).toContain(String(n.body.id));
    expect((await editor.post(`/api/submissions/${n.body.id}/return`, { comment: "已采用的不能退回" })).body.code).toBe("submission.bad-state");
    expect((await editor.post(`/api/submissions/${n.body.id}/return`, { comment: "" })).status).toBe(400);
  });

  it("refuses submissions to an issue under review, and keeps new ones for the next issue", async () => {
    const ref = `${t.draft.year}-${t.draft.seq}`;
    const waiting = await liaison.post("/api/submissions", item("提交审核前写好、审核期间才报送的动态。"));
    await completeDraft(editor, ref);
    expect((await editor.post(`/api/issues/${ref}/transitions`, { action: "submit" })).body.status).toBe("review");
    expect((await liaison.post("/api/submissions", { ...item("审核期间新建的动态稿件，应被拒绝。"), issue: ref })).body.code).toBe("issue.locked");
    // With no issue in draft an item waits for the next one (pending.test.ts follows it in).
    expect((await liaison.post("/api/submissions", item("没有草稿期时新建的动态稿件，等待下一期。"))).body).toMatchObject({ issue: null, status: "draft" });
    expect((await liaison.post(`/api/submissions/${waiting.body.id}/submit`)).body.code).toBe("issue.locked");
  });
});
