import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { walkSections } from "../../../domain/tree.js";
import { storeFactories } from "../../../store/testing.js";
import { startTestApp, type ApiClient, type TestApp } from "../../testing.js";

describe.each(storeFactories())("saved templates on $name", (factory) => {
  let t: TestApp;
  let editor: ApiClient, reader: ApiClient, liaison: ApiClient;
  let previous: string;
  beforeAll(async () => {
    t = await startTestApp(factory);
    [editor, reader, liaison] = await Promise.all([t.as("editor"), t.as("reader"), t.as("liaison")]);
    const latest = (await t.store.issueIndex.list(t.centerId, { status: "published", limit: 1 }))[0];
    previous = `${latest.year}-${latest.seq}`;
  });
  afterAll(async () => t?.close());

  it("saves an issue's tree without its content, lists it, and starts an issue from it", async () => {
    const saved = await editor.post("/api/templates", { name: "2026 版", issue: previous });
    expect(saved.status).toBe(201);
    const issue = await t.store.issues.get(t.centerId, Number(previous.split("-")[0]), Number(previous.split("-")[1]));
    expect(saved.body.sections.map((s: { heading: string }) => s.heading)).toEqual(issue!.sections.map((s) => s.heading));
    const news = [...walkSections(saved.body.sections)].filter((s) => s.content.kind === "news");
    expect(news.length).toBeGreaterThan(0);
    expect(news.every((s) => s.content.kind === "news" && s.content.items.length === 0)).toBe(true);

    expect((await reader.get("/api/templates")).body.templates.map((x: { name: string }) => x.name)).toEqual(["2026 版"]);
    const log = await t.store.audit.list(t.centerId, { entity: "template" });
    expect(log[0]).toMatchObject({ action: "create", entityId: "2026 版", actor: "t-editor" });
  });

  it("refuses built-in names, unknown issues and unknown templates, and writes nothing", async () => {
    const builtin = await editor.post("/api/templates", { name: "2023", issue: previous });
    expect([builtin.status, builtin.body.code]).toEqual([400, "input.invalid"]);
    expect(builtin.body.message).toMatch(/内置模板/);
    const missing = await editor.post("/api/templates", { name: "新版", issue: "1999-1" });
    expect([missing.status, missing.body.code]).toEqual([404, "issue.not-found"]);
    const gone = await editor.del(`/api/templates/${encodeURIComponent("没有这个")}`);
    expect([gone.status, gone.body.code]).toEqual([404, "template.not-found"]);
    expect((await editor.post("/api/templates", { name: "x", issue: previous })).status).toBe(201);
    expect((await liaison.post("/api/templates", { name: "y", issue: previous })).status).toBe(403);
    expect((await reader.get("/api/templates")).body.templates.map((x: { name: string }) => x.name)).toEqual(["2026 版", "x"]);
  });

  it("deletes a template", async () => {
    const r = await editor.del(`/api/templates/${encodeURIComponent("2026 版")}`);
    expect(r.body).toEqual({ ok: true });
    expect((await editor.get("/api/templates")).body.templates.map((x: { name: string }) => x.name)).toEqual(["x"]);
    const log = await t.store.audit.list(t.centerId, { entity: "template" });
    expect(log[0]).toMatchObject({ action: "delete", entityId: "2026 版" });
  });
});
