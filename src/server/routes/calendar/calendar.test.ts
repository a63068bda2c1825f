import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeFactories } from "../../../store/testing.js";
import { startTestApp, type ApiClient, type TestApp } from "../../testing.js";

describe.each(storeFactories())("calendar override routes on $name", (factory) => {
  let t: TestApp;
  let admin: ApiClient, editor: ApiClient;
  beforeAll(async () => {
    t = await startTestApp(factory, { demo: false, draft: false });
    [admin, editor] = await Promise.all([t.as("admin"), t.as("editor")]);
  });
  afterAll(async () => t?.close());

  it("lets the admin declare and remove working days and days off, audited", async () => {
    expect((await admin.put("/api/calendar/overrides/2027-10-09", { workday: true, note: "国庆调休上班" })).body).toEqual({ date: "2027-10-09", workday: true, note: "国庆调休上班" });
    expect((await admin.put("/api/calendar/overrides/2027-10-09", { workday: false })).body.workday).toBe(false);
    expect((await editor.get("/api/calendar/overrides")).body.overrides).toEqual([{ date: "2027-10-09", workday: false, note: null }]);
    expect((await t.store.calendar.calendar(t.centerId)).isWorkday("2027-10-09")).toBe(false);
    expect((await admin.del("/api/calendar/overrides/2027-10-09")).body).toEqual({ ok: true });
    expect((await admin.del("/api/calendar/overrides/2027-10-09")).body.code).toBe("input.bad-reference");
    const log = await t.store.audit.list(t.centerId, { entity: "calendar" });
    expect(log.map((e) => e.action)).toEqual(["delete", "update", "create"]);
  });
});
