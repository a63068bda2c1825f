import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { walkSections } from "../../../domain/tree.js";
import type { StoredIssue } from "../../../domain/model/issue.js";
import { toDocument } from "../../../store/index.js";
import { storeFactories } from "../../../store/testing.js";
import { sectionOf } from "../../weeklyFigures.js";
import { startTestApp, type ApiClient, type TestApp } from "../../testing.js";

const refOf = (i: { year: number; seq: number }) => `${i.year}-${i.seq}`;
const search = (c: ApiClient, q: Record<string, string>) => c.get(`/api/archive/search?${new URLSearchParams(q)}`);
const UNIQUE = "量子链帮办试点";

describe.each(storeFactories())("archive search on $name", (factory) => {
  let t: TestApp;
  let editor: ApiClient, reader: ApiClient;
  let published: StoredIssue[];
  beforeAll(async () => {
    t = await startTestApp(factory);
    [editor, reader] = await Promise.all([t.as("editor"), t.as("reader")]);
    published = (await t.store.issues.all(t.centerId)).filter((i) => i.status === "published");
    // A phrase only the draft carries, to see who finds drafts.
    const draft = (await t.store.issues.byId(t.draft.id))!;
    const sections = structuredClone(draft.sections);
    const news = [...walkSections(sections)].find((s) => s.content.kind === "news")!;
    if (news.content.kind === "news") news.content.items.push({ id: "unique-item", submissionId: null, departments: [], text: `本周启动${UNIQUE}，群众办事少跑一次。` });
    await t.store.issues.update(draft.id, { ...toDocument(draft), sections });
  });
  afterAll(async () => t?.close());

  it("finds the issues whose text holds every word, newest first, with the section and a snippet", async () => {
    const issue = published[10];
    const item = [...walkSections(issue.sections)].flatMap((s) => (s.content.kind === "news" ? s.content.items.map((i) => ({ s, i })) : []))[0];
    const phrase = item.i.text.slice(2, 12);
    const r = await editor.get(`/api/archive/search?q=${encodeURIComponent(phrase)}`);
    expect(r.status).toBe(200);
    const hit = r.body.hits.find((h: { ref: string }) => h.ref === refOf(issue));
    expect(hit).toBeDefined();
    expect(hit.matches[0]).toMatchObject({ sectionId: item.s.id, heading: item.s.heading, kind: "news" });
    expect(hit.matches[0].snippet).toContain(phrase);
    expect(r.body.total).toBe(r.body.hits.length);
    const totals = r.body.hits.map((h: { total: number }) => h.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    // Every word must occur: a word no issue holds empties the answer.
    expect((await search(editor, { q: `${phrase} 不存在的词语组合` })).body).toEqual({ hits: [], total: 0 });
  });

  it("searches the sentences data sections generate, by kind and date range", async () => {
    const issue = published[published.length - 1];
    const ytd = sectionOf(issue.sections, "window-counts").content.ytd!.consulted;
    const r = await search(editor, { q: String(ytd), kind: "window-counts", from: issue.period.start, to: issue.period.end });
    expect(r.body.hits.map((h: { ref: string }) => h.ref)).toEqual([refOf(issue)]);
    expect(r.body.hits[0].matches.map((m: { kind: string }) => m.kind)).toEqual(["window-counts"]);
    const before = await search(editor, { q: String(ytd), kind: "window-counts", to: published[0].period.end });
    expect(before.body.hits.map((h: { ref: string }) => h.ref)).not.toContain(refOf(issue));
  });

  it("filters by department", async () => {
    const withDept = published.flatMap((i) =>
      [...walkSections(i.sections)].flatMap((s) => (s.content.kind === "news" ? s.content.items.flatMap((x) => x.departments.map((d) => ({ i, d }))) : [])),
    )[0];
    const r = await search(editor, { department: withDept.d, limit: "500" });
    expect(r.body.hits.map((h: { ref: string }) => h.ref)).toContain(refOf(withDept.i));
    expect(r.body.total).toBeLessThan(published.length + 1);
  });

  it("shows drafts to editors and published issues only to readers", async () => {
    expect((await search(editor, { q: UNIQUE })).body.hits.map((h: { ref: string }) => h.ref)).toEqual([refOf(t.draft)]);
    expect((await search(reader, { q: UNIQUE })).body).toEqual({ hits: [], total: 0 });
  });

  it("limits the hits but counts them all, and refuses impossible queries in Chinese", async () => {
    const all = await search(editor, { q: "", kind: "news", limit: "3" });
    expect(all.body.hits.length).toBe(3);
    expect(all.body.total).toBeGreaterThan(3);
    const reversed = await search(editor, { q: "窗口", from: "2026-05-01", to: "2026-01-01" });
    expect([reversed.status, reversed.body.code]).toEqual([400, "archive.bad-query"]);
    expect(reversed.body.message).toMatch(/开始日期/);
    const badDate = await search(editor, { q: "窗口", from: "2026-13-01" });
    expect([badDate.status, badDate.body.code]).toEqual([400, "input.invalid"]);
    expect((await t.anonymous().get("/api/archive/search?q=a")).status).toBe(401);
  });
});
