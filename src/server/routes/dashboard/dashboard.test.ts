import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { firstOfKind } from "../../../domain/tree.js";
import { storeFactories } from "../../../store/testing.js";
import { startTestApp, type ApiClient, type TestApp } from "../../testing.js";

describe.each(storeFactories())("the year's dashboard in one answer on $name", (factory) => {
  let t: TestApp;
  let editor: ApiClient, reader: ApiClient;
  beforeAll(async () => {
    t = await startTestApp(factory);
    [editor, reader] = await Promise.all([t.as("editor"), t.as("reader")]);
  });
  afterAll(async () => t?.close());

  it("draws a reader's curves from the published issues of the year, oldest first; an editor's include the draft", async () => {
    const year = t.draft.year;
    const published = (await t.store.issueIndex.list(t.centerId, { status: "published", limit: 500 })).filter((i) => i.year === year).sort((a, b) => a.total - b.total);
    expect(published.length).toBeGreaterThan(5);
    const r = await reader.get(`/api/dashboard?year=${year}`);
    expect(r.status).toBe(200);
    expect(r.body.issues).toBe(published.length);
    expect(r.body.series.labels).toEqual(published.map((i) => `第${i.seq}期`));

    // The curves hold each issue's own figures, and a week is the difference of two YTD figures.
    const last = (await t.store.issues.get(t.centerId, year, published.at(-1)!.seq))!;
    const stats = firstOfKind(last.sections, "platform-stats")!.content;
    const ytd = r.body.series.ytd.licensing.accepted as (number | null)[];
    expect(ytd.at(-1)).toBe(stats.licensing?.accepted ?? null);
    const weekly = r.body.series.weekly.licensing.accepted as (number | null)[];
    if (ytd.at(-1) !== null && ytd.at(-2) !== null) expect(weekly.at(-1)).toBe(ytd.at(-1)! - ytd.at(-2)!);
    expect(r.body.series.newsByDepartment.length).toBeGreaterThan(0);

    const own = await editor.get(`/api/dashboard?year=${year}`);
    expect(own.body.issues).toBe(published.length + 1);
    expect(own.body.series.labels.at(-1)).toBe(`第${t.draft.seq}期`);
  });

  it("answers an empty year with empty curves and refuses a year that is no year", async () => {
    const r = await reader.get("/api/dashboard?year=2001");
    expect(r.body).toMatchObject({ year: 2001, issues: 0, series: { labels: [], newsByDepartment: [] } });
    const bad = await reader.get("/api/dashboard?year=99");
    expect([bad.status, bad.body.code]).toEqual([400, "input.invalid"]);
    expect((await t.anonymous().get("/api/dashboard?year=2026")).status).toBe(401);
  });
});
