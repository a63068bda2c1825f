import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeFactories } from "../../../store/testing.js";
import { startTestApp, type ApiClient, type TestApp } from "../../testing.js";

describe.each(storeFactories())("audit log route on $name", (factory) => {
  let t: TestApp;
  let admin: ApiClient, editor: ApiClient;
  beforeAll(async () => {
    t = await startTestApp(factory, { demo: false });
    [admin, editor] = await Promise.all([t.as("admin"), t.as("editor")]);
    for (const d of ["2027-01-04", "2027-01-05", "2027-01-06"]) await admin.put(`/api/calendar/overrides/${d}`, { workday: false });
  });
  afterAll(async () => t?.close());

  it("filters by entity, actor, action and time, and pages newest first", async () => {
    const cal = (await editor.get("/api/audit?entity=calendar")).body;
    expect(cal.entries.map((e: { entityId: string }) => e.entityId)).toEqual(["2027-01-06", "2027-01-05", "2027-01-04"]);
    const { displayName } = (await t.store.users.byUsername("t-admin"))!;
    expect(cal.entries[0]).toMatchObject({ actor: "t-admin", actorName: displayName, action: "create", before: null, after: { date: "2027-01-06", workday: false }, address: "127.0.0.1" });
    const page1 = (await editor.get("/api/audit?entity=calendar&limit=2")).body;
    expect(page1.entries).toHaveLength(2);
    const page2 = (await editor.get(`/api/audit?entity=calendar&limit=2&before=${page1.next}`)).body;
    expect([page2.entries.map((e: { entityId: string }) => e.entityId), page2.next]).toEqual([["2027-01-04"], null]);
    expect((await editor.get("/api/audit?actor=t-admin&action=login")).body.entries.length).toBeGreaterThan(0);
    expect((await editor.get("/api/audit?actor=t-editor&entity=issue")).body.entries.map((e: { action: string }) => e.action)).toEqual(["create"]);
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    expect((await editor.get(`/api/audit?entity=calendar&from=${today}&to=${today}`)).body.entries).toHaveLength(3);
    expect((await editor.get("/api/audit?entity=calendar&to=2020-01-01")).body.entries).toEqual([]);
  });
});
