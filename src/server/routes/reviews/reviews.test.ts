import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Section } from "../../../domain/model/section.js";
import { fixture2023 } from "../../../render/fixtures.js";
import { storeFactories } from "../../../store/testing.js";
import { startTestApp, type ApiClient, type TestApp } from "../../testing.js";
import { sectionOf, weekFigures } from "../../weeklyFigures.js";

describe.each(storeFactories())("审阅 routes on $name", (factory) => {
  let t: TestApp;
  let editor: ApiClient, approver: ApiClient, liaison: ApiClient;
  let draftRef: string, previousRef: string, publishedRef: string;
  let newsId: string;
  const comments = () => t.store.reviewComments.list(t.draft.id);
  const auditCount = async () => (await t.store.audit.list(t.centerId, { entity: "issue", entityId: String(t.draft.id) })).length;

  beforeAll(async () => {
    t = await startTestApp(factory);
    [editor, approver, liaison] = await Promise.all([t.as("editor"), t.as("approver"), t.as("liaison")]);
    draftRef = `${t.draft.year}-${t.draft.seq}`;
    const list = (await editor.get("/api/issues?limit=3")).body.issues;
    previousRef = publishedRef = list[1].ref;
    // This week's figures continue the previous issue's; one news item is written anew.
    const previous = (await editor.get(`/api/issues/${previousRef}`)).body;
    const draft = (await editor.get(`/api/issues/${draftRef}`)).body;
    const sections: Section[] = weekFigures(draft.sections, previous.sections, draft.period.end);
    const news = sectionOf(sections, "news");
    newsId = news.id;
    news.content.items = [{ id: "n1", text: "水利厅窗口本周开展取水许可业务培训。", departments: [], submissionId: null }];
    const saved = await editor.put(`/api/issues/${draftRef}`, { document: { ...draft, sections }, updatedAt: draft.updatedAt });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  });
  afterAll(async () => t?.close());

  it("answers the changes since the previous issue: marked text and each figure with its delta", async () => {
    const r = await approver.get(`/api/issues/${draftRef}/review`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const { comparison } = r.body;
    expect(comparison.previous.ref).toBe(previousRef);
    const previous = (await editor.get(`/api/issues/${previousRef}/facts`)).body;
    expect(comparison.figures.find((f: { key: string }) => f.key === "platformStats.licensing.accepted")).toMatchObject({
      label: "行政许可事项受理",
      value: previous.platformStats.licensing.accepted + 2315,
      previous: previous.platformStats.licensing.accepted,
      delta: 2315,
      note: null,
    });
    const news = comparison.sections.find((s: { sectionId: string }) => s.sectionId === newsId);
    expect(news.change).toBe("changed");
    expect(news.runs.some((x: { op: string; text: string }) => x.op === "added" && x.text.includes("取水许可"))).toBe(true);
    expect(r.body.comments).toEqual([]);
    // The editor opens it too; a liaison may not.
    expect((await editor.get(`/api/issues/${draftRef}/review`)).status).toBe(200);
    expect([(await liaison.get(`/api/issues/${draftRef}/review`)).status, (await liaison.get(`/api/issues/${draftRef}/review`)).body.code]).toEqual([403, "auth.forbidden"]);
  });

  it("keeps the approver's comment on a section; the editor sees it open and resolves it, and it stays listed", async () => {
    const before = await auditCount();
    const c = await approver.post(`/api/issues/${draftRef}/comments`, { sectionId: newsId, text: "  请写明培训人数。 " });
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    expect(c.body).toMatchObject({ sectionId: newsId, heading: sectionOf(t.draft.sections, "news").heading, text: "请写明培训人数。", status: "open", createdBy: "t-approver", resolvedAt: null });
    const seen = (await editor.get(`/api/issues/${draftRef}/comments`)).body.comments;
    expect(seen).toEqual([c.body]);
    // The editor is told by the bell, with the comment's words and a link to the issue.
    const [note] = await t.store.notifications.list(t.users.editor.id);
    expect(note).toMatchObject({ kind: "review-comment", link: `/editor/${draftRef}`, readAt: null });
    expect(note.message).toContain("请写明培训人数。");

    const done = await editor.post(`/api/issues/${draftRef}/comments/${c.body.id}/resolve`);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ id: c.body.id, status: "resolved", resolvedBy: "t-editor" });
    expect((await approver.get(`/api/issues/${draftRef}/review`)).body.comments).toEqual([done.body]);
    const entries = await t.store.audit.list(t.centerId, { entity: "issue", entityId: String(t.draft.id) });
    expect(entries.length).toBe(before + 2);
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(["comment", "resolve-comment"]));

    const again = await editor.post(`/api/issues/${draftRef}/comments/${c.body.id}/resolve`);
    expect([again.status, again.body.code, again.body.message]).toEqual([409, "review.comment-resolved", "这条审阅意见已处理。"]);
    const missing = await editor.post(`/api/issues/${draftRef}/comments/99999/resolve`);
    expect([missing.status, missing.body.code]).toEqual([404, "review.comment-not-found"]);
    // The approver writes comments; the editor resolves them, not the other way round.
    expect((await approver.post(`/api/issues/${draftRef}/comments/${c.body.id}/resolve`)).body.code).toBe("auth.forbidden");
  });

  it("refuses bad comments with a code and a Chinese message, writing nothing", async () => {
    const other = await t.store.centers.create("other", "另一中心");
    await t.store.departments.seed(other.id);
    await t.store.issues.create(other.id, fixture2023(), {});
    const [count, audits] = [(await comments()).length, await auditCount()];
    const refused: [string, unknown, ApiClient, number, string, RegExp][] = [
      [draftRef, { sectionId: newsId, text: "   " }, approver, 400, "review.comment-empty", /请填写审阅意见/],
      [draftRef, { sectionId: "no-such-section", text: "请核对。" }, approver, 400, "review.unknown-section", /没有这个栏目/],
      [draftRef, { sectionId: newsId }, approver, 400, "input.invalid", /text/],
      [draftRef, { sectionId: newsId, text: "x".repeat(1001) }, approver, 400, "input.invalid", /不能超过 1000 字/],
      ["2099-1", { sectionId: newsId, text: "请核对。" }, approver, 404, "issue.not-found", /2099/],
      // 2023-49 exists only in another center: not found for this center's approver.
      ["2023-49", { sectionId: newsId, text: "请核对。" }, approver, 404, "issue.not-found", /2023年第49期/],
      ["abc", { sectionId: newsId, text: "请核对。" }, approver, 400, "issue.bad-ref", /格式不对/],
      [publishedRef, { sectionId: newsId, text: "请核对。" }, approver, 409, "issue.immutable", /已发布/],
      [draftRef, { sectionId: newsId, text: "请核对。" }, liaison, 403, "auth.forbidden", /无权/],
      [draftRef, { sectionId: newsId, text: "请核对。" }, editor, 403, "auth.forbidden", /无权/],
    ];
    for (const [ref, body, who, status, code, message] of refused) {
      const r = await who.post(`/api/issues/${ref}/comments`, body);
      expect([r.status, r.body.code], JSON.stringify({ ref, body, r: r.body })).toEqual([status, code]);
      expect(r.body.message).toMatch(message);
    }
    expect((await comments()).length).toBe(count);
    expect(await auditCount()).toBe(audits);
  });
});
