import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeFactories } from "../../../store/testing.js";
import { startTestApp, type ApiClient, type TestApp } from "../../testing.js";

/**
 * Issue 20, item 1: an import is no way around the workflow. A draft or an issue in review
 * is never replaced by an upload; a published issue changes only as a correction.
 */
describe.each(storeFactories())("imports and the workflow (POST /api/imports) on $name", (factory) => {
  let t: TestApp;
  let editor: ApiClient, admin: ApiClient, liaison: ApiClient;
  beforeAll(async () => {
    t = await startTestApp(factory);
    [editor, admin, liaison] = await Promise.all([t.as("editor"), t.as("admin"), t.as("liaison")]);
  });
  afterAll(async () => t?.close());

  /** The issue as the editor downloads it (HTML, one of the importable formats). */
  const download = async (ref: string) => {
    const r = await editor.get(`/api/issues/${ref}/document.html`);
    expect(r.status).toBe(200);
    return { name: `${ref}.html`, bytes: Buffer.from(String(r.body)) };
  };

  it("refuses replace=true over the current draft holding an accepted submission: draft and submission unchanged", async () => {
    const ref = `${t.draft.year}-${t.draft.seq}`;
    const newsId = t.draft.sections.flatMap((x) => [x, ...x.children]).find((x) => x.content.kind === "news")!.id;
    const s = await liaison.post("/api/submissions", { kind: "news", sectionId: newsId, text: "窗口推行“一件事一次办”，本周办理出生一件事四十二件。" });
    expect(s.status).toBe(201);
    await liaison.post(`/api/submissions/${s.body.id}/submit`);
    expect((await editor.post(`/api/submissions/${s.body.id}/accept`)).body.status).toBe("accepted");
    const before = (await editor.get(`/api/issues/${ref}`)).body;
    expect(JSON.stringify(before)).toContain("出生一件事四十二件");
    const file = await download(ref);

    for (const [who, fields] of [
      [editor, { replace: "true" }],
      [editor, { replace: "true", reason: "以导入的文件替换本期草稿" }],
      [admin, { replace: "true", reason: "以导入的文件替换本期草稿" }],
      [editor, {}],
    ] as const) {
      const r = await who.upload("/api/imports", fields, file);
      expect([r.status, r.body.code]).toEqual([409, "import.in-workflow"]);
      expect(r.body.message).toMatch(/正在办理.*草稿.*不能覆盖/);
    }
    const after = (await editor.get(`/api/issues/${ref}`)).body;
    expect(after).toEqual(before);
    expect(after.status).toBe("draft");
    expect((await liaison.get(`/api/submissions/${s.body.id}`)).body.status).toBe("accepted");
    const log = await t.store.audit.list(t.centerId, { entity: "issue" });
    expect(log.filter((e) => e.action === "import" || e.action === "correct")).toEqual([]);
  });

  // A correction keeps its DOCX, HTML and PDF (chromium): allow more than the default 30 s.
  it("re-imports a published issue only as a correction: reason, editor role, checks, audit, earlier revision kept", { timeout: 180_000 }, async () => {
    const published = (await t.store.issueIndex.list(t.centerId)).filter((i) => i.status === "published").at(-1)!;
    const ref = `${published.year}-${published.seq}`;
    const before = (await editor.get(`/api/issues/${ref}`)).body;
    const file = await download(ref);

    const noReason = await editor.upload("/api/imports", { replace: "true" }, file);
    expect([noReason.status, noReason.body.code]).toEqual([400, "import.reason-required"]);
    expect(noReason.body.message).toMatch(/已发布.*更正理由/);
    const notReplace = await editor.upload("/api/imports", { reason: "重新导入原件" }, file);
    expect([notReplace.status, notReplace.body.code]).toEqual([409, "import.exists"]);
    const byAdmin = await admin.upload("/api/imports", { replace: "true", reason: "重新导入原件" }, file);
    expect([byAdmin.status, byAdmin.body.code]).toEqual([403, "auth.forbidden"]);
    const short = await editor.upload("/api/imports", { replace: "true", reason: "改" }, file);
    expect([short.status, short.body.code]).toEqual([400, "input.invalid"]);
    expect((await editor.get(`/api/issues/${ref}`)).body).toEqual(before);

    const r = await editor.upload("/api/imports", { replace: "true", reason: "按印发原件重新导入本期" }, file);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ stored: true, replaced: true, issue: { ref } });
    const revisions = (await editor.get(`/api/issues/${ref}/revisions`)).body;
    expect(JSON.stringify(revisions)).toContain("按印发原件重新导入本期");
    expect((await editor.get(`/api/issues/${ref}/revisions/1`)).status).toBe(200);
    const log = await t.store.audit.list(t.centerId, { entity: "issue" });
    expect(log[0]).toMatchObject({ action: "correct", actor: "t-editor", after: { reason: "按印发原件重新导入本期" } });
  });
});
