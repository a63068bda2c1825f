import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { facts } from "../../../domain/model/facts.js";
import { issueFacts } from "../../../domain/facts/issueFacts.js";
import { toDocument } from "../../../store/index.js";
import { bodyStandIns } from "../../../render/fonts/fontReport.js";
import { storeFactories } from "../../../store/testing.js";
import { startTestApp, type ApiClient, type TestApp } from "../../testing.js";
import { completeDraft } from "../../weeklyFigures.js";

describe.each(storeFactories())("issue routes on $name", (factory) => {
  let t: TestApp;
  let editor: ApiClient, approver: ApiClient, reader: ApiClient;
  let draftRef: string, publishedRef: string;
  beforeAll(async () => {
    t = await startTestApp(factory);
    [editor, approver, reader] = await Promise.all([t.as("editor"), t.as("approver"), t.as("reader")]);
    draftRef = `${t.draft.year}-${t.draft.seq}`;
    publishedRef = (await editor.get("/api/issues?limit=2")).body.issues[1].ref;
  });
  afterAll(async () => t?.close());

  it("lists issues newest first; a reader sees published issues only", async () => {
    const all = (await editor.get("/api/issues")).body.issues;
    expect(all[0]).toMatchObject({ ref: draftRef, status: "draft", statusLabel: "草稿" });
    expect(all.map((i: { total: number }) => i.total)).toEqual([...all.map((i: { total: number }) => i.total)].sort((a, b) => b - a));
    expect(all[0].sections).toBeUndefined();
    const year = (await editor.get(`/api/issues?year=2025&limit=3`)).body.issues;
    expect(year.map((i: { year: number }) => i.year)).toEqual([2025, 2025, 2025]);
    const seen = (await reader.get("/api/issues")).body.issues;
    expect(seen[0].ref).toBe(publishedRef);
    expect(seen.every((i: { status: string }) => i.status === "published")).toBe(true);
    expect((await reader.get(`/api/issues/${draftRef}`)).body.code).toBe("issue.not-found");
    expect((await reader.get(`/api/issues/${draftRef}/document.html`)).body.code).toBe("issue.not-found");
  });

  it("refuses a save (or an autosave) from a stale copy with 409 issue.stale, keeping the newer text", async () => {
    const [first, second] = await Promise.all([t.as("editor"), t.as("editor")]);
    const a = (await first.get(`/api/issues/${draftRef}`)).body;
    const b = (await second.get(`/api/issues/${draftRef}`)).body;
    const saved = await first.put(`/api/issues/${draftRef}`, { document: { ...a, copies: 41 }, updatedAt: a.updatedAt });
    expect(saved.status).toBe(200);
    expect(saved.body.updatedAt).not.toBe(a.updatedAt);
    const stale = await second.put(`/api/issues/${draftRef}`, { document: { ...b, copies: 42 }, updatedAt: b.updatedAt });
    expect([stale.status, stale.body.code]).toEqual([409, "issue.stale"]);
    expect(stale.body.message).toMatch(/已被他人修改/);
    expect(stale.body.details.updatedAt).toBe(saved.body.updatedAt);
    expect((await second.get(`/api/issues/${draftRef}`)).body.copies).toBe(41);
    // Read afresh, the second editor's save goes through.
    const again = await second.put(`/api/issues/${draftRef}`, { document: { ...saved.body, copies: 42 }, updatedAt: saved.body.updatedAt });
    expect([again.status, again.body.copies]).toEqual([200, 42]);
  });

  it("keeps an imported draft's original pages through a save that does not mention them", async () => {
    const stored = await t.store.issues.byId(t.draft.id);
    const breaks = [{ before: "窗口工作周报", after: "不在正文里的字" }];
    await t.store.issues.update(t.draft.id, { ...toDocument(stored!), originalPages: { breaks, pages: 3 } });
    const view = (await editor.get(`/api/issues/${draftRef}`)).body;
    // The break is not in the text: the downloads take the standard page, and the view says so.
    expect(view.pageLayout).toEqual({ followsOriginal: false, originalPages: 3 });
    const saved = await editor.put(`/api/issues/${draftRef}`, { document: { ...view, copies: 30 }, updatedAt: view.updatedAt });
    expect(saved.status).toBe(200);
    expect((await t.store.issues.byId(t.draft.id))!.originalPages).toEqual({ breaks, pages: 3 });
    const dropped = await editor.put(`/api/issues/${draftRef}`, { document: { ...saved.body, originalPages: null }, updatedAt: saved.body.updatedAt });
    expect(dropped.body.pageLayout).toEqual({ followsOriginal: false, originalPages: null });
  });

  it("names the characters the PDF prints in another face than the body's", async () => {
    const view = (await editor.get(`/api/issues/${draftRef}`)).body;
    expect(view.pdfStandIns).toEqual([]);
    const saved = await editor.put(`/api/issues/${draftRef}`, { document: { ...view, issuer: `${view.issuer}镕` }, updatedAt: view.updatedAt });
    expect(saved.status).toBe(200);
    const expected = bodyStandIns("镕").length ? ["镕"] : [];
    expect(saved.body.pdfStandIns.map((s: { characters: string }) => s.characters)).toEqual(expected);
    await editor.put(`/api/issues/${draftRef}`, { document: { ...saved.body, issuer: view.issuer }, updatedAt: saved.body.updatedAt });
  });

  it("answers an issue with its tree, the checks' findings and its workflow", async () => {
    const r = await reader.get(`/api/issues/${publishedRef}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ ref: publishedRef, status: "published", workflow: { publishedBy: null } });
    expect(r.body.sections.length).toBeGreaterThan(3);
    expect(Array.isArray(r.body.findings)).toBe(true);
  });

  it("gives the Facts JSON of an issue", async () => {
    const r = await reader.get(`/api/issues/${publishedRef}/facts`);
    const stored = await t.store.issues.require(t.centerId, ...(publishedRef.split("-").map(Number) as [number, number]));
    expect(facts.parse(r.body)).toEqual(issueFacts(toDocument(stored)));
    expect(r.body.platformStats.licensing.accepted).toBeGreaterThan(0);
  });

  it("renders a draft as a preview, and has no revisions before publication", async () => {
    const html = await editor.get(`/api/issues/${draftRef}/document.html`);
    expect([html.status, String(html.headers["content-type"])]).toEqual([200, "text/html; charset=utf-8"]);
    expect(html.body).toContain("窗口工作周报");
    expect(String(html.headers["content-disposition"])).toMatch(/^inline;/);
    const docx = await editor.get(`/api/issues/${draftRef}/document.docx`);
    expect([docx.status, docx.raw.subarray(0, 2).toString()]).toEqual([200, "PK"]);
    expect((await editor.get(`/api/issues/${draftRef}/document.odt`)).status).toBe(400);
    expect((await editor.get(`/api/issues/${draftRef}/revisions`)).body).toEqual({ revisions: [] });
    expect((await editor.get(`/api/issues/${draftRef}/revisions/1`)).body.code).toBe("issue.not-found");
    expect((await editor.get(`/api/issues/${draftRef}/document.pdf?revision=1`)).body.code).toBe("issue.not-found");
  });

  it("refuses to submit an untouched draft, naming each part left empty", async () => {
    const r = await editor.post(`/api/issues/${draftRef}/transitions`, { action: "submit" });
    expect([r.status, r.body.code]).toEqual([409, "issue.checks-failed"]);
    const errors: { code: string; section: string; message: string }[] = r.body.details.errors;
    expect(errors.map((f) => [f.code, f.section])).toEqual([
      ["content.figures-missing", "惠企政策直达快享专项行动"],
      ["content.figures-missing", "省级政务服务事项受理办理情况"],
      ["content.figures-missing", "省本级综窗办件情况"],
      ["content.figures-missing", "事项授权及受理手册编制推进情况"],
      ["content.empty-section", "政务工作动态"],
      ["content.empty-section", "厅（局）长进大厅"],
      ["content.empty-section", "其它工作开展情况"],
    ]);
    for (const f of errors) expect(f.message).toContain(`“${f.section}”`);
    expect(r.body.message).toContain("7 项校核错误");
    // The editor page shows the same findings with the issue.
    expect((await editor.get(`/api/issues/${draftRef}`)).body.findings.filter((f: any) => f.severity === "error")).toEqual(errors);
  });

  it("moves an issue back to draft from review, with the approver's comment, and checks roles per move", async () => {
    const saved = await completeDraft(editor, draftRef);
    expect(saved.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect((await editor.post(`/api/issues/${draftRef}/transitions`, { action: "submit" })).body.status).toBe("review");
    expect((await editor.post(`/api/issues/${draftRef}/transitions`, { action: "approve" })).body.code).toBe("auth.forbidden");
    expect((await approver.post(`/api/issues/${draftRef}/transitions`, { action: "publish" })).body.code).toBe("auth.forbidden");
    expect((await approver.post(`/api/issues/${draftRef}/transitions`, { action: "submit" })).body.code).toBe("auth.forbidden");
    const back = await approver.post(`/api/issues/${draftRef}/transitions`, { action: "reopen", comment: "请补充本周统计数据" });
    expect(back.body).toMatchObject({ status: "draft", workflow: { comment: "请补充本周统计数据" } });
    expect((await editor.post(`/api/issues/${draftRef}/transitions`, { action: "reopen" })).body.code).toBe("issue.bad-transition");
  });

  // A correction keeps its DOCX, HTML and PDF (chromium, started cold here): allow more than the default 30 s.
  it("corrects an issue published before revisions were kept: its original becomes revision 1", { timeout: 120_000 }, async () => {
    const original = (await editor.get(`/api/issues/${publishedRef}`)).body;
    const document = { ...original, copies: null };
    const refused = await editor.post(`/api/issues/${publishedRef}/corrections`, { reason: "本期改为只发电子版", document });
    expect([refused.status, refused.body.code]).toEqual([409, "issue.checks-failed"]);
    const warning = refused.body.details.warnings.find((w: { code: string }) => w.code === "distribution.copies-missing");
    const overrides = [{ code: warning.code, sectionId: warning.sectionId, field: warning.field, reason: "本期只发电子版，不印纸质版" }];
    const r = await editor.post(`/api/issues/${publishedRef}/corrections`, { reason: "本期改为只发电子版", document, overrides });
    expect(r.body).toMatchObject({ revision: 2, copies: null, overrides });
    expect((await reader.get(`/api/issues/${publishedRef}/revisions`)).body.revisions.map((x: any) => [x.revision, x.reason])).toEqual([
      [1, null],
      [2, "本期改为只发电子版"],
    ]);
    expect((await reader.get(`/api/issues/${publishedRef}/revisions/1`)).body.document.copies).toBe(original.copies);
    const old = await reader.get(`/api/issues/${publishedRef}/document.html?revision=1`);
    expect(old.body).toContain(`共印${original.copies}份`);
  });

  it("starts the next draft after the current one", async () => {
    const r = await editor.post("/api/issues", {});
    expect(r.status).toBe(201);
    expect(r.body.issue).toMatchObject({ seq: t.draft.seq + 1, total: t.draft.total + 1, status: "draft" });
    expect(r.body.issue.sections.map((s: { heading: string }) => s.heading)).toEqual(t.draft.sections.map((s) => s.heading));
  });
});
