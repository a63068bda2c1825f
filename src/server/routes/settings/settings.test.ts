import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeFactories } from "../../../store/testing.js";
import { startTestApp, type ApiClient, type TestApp } from "../../testing.js";

describe.each(storeFactories())("center settings routes on $name", (factory) => {
  let t: TestApp;
  let admin: ApiClient, editor: ApiClient;
  beforeAll(async () => {
    t = await startTestApp(factory, { demo: false, draft: false });
    [admin, editor] = await Promise.all([t.as("admin"), t.as("editor")]);
  });
  afterAll(async () => t?.close());

  it("changes the issuer and the defaults new issues start from", async () => {
    const before = (await editor.get("/api/settings")).body;
    const defaults = { copies: 91, report: "省政府办公厅", send: "各相关省级部门（单位）", issue: "各部门窗口", template: "2022" };
    const r = await admin.put("/api/settings", { name: before.name, defaults });
    expect(r.body.defaults).toEqual(defaults);
    const created = await editor.post("/api/issues", {});
    expect(created.body.issue).toMatchObject({ copies: 91, distribution: { report: "省政府办公厅", send: "各相关省级部门（单位）", issue: "各部门窗口" } });
    expect(created.body.issue.sections[0]).toMatchObject({ level: 0, heading: "政务服务工作" });
    const log = await t.store.audit.list(t.centerId, { entity: "center" });
    expect(log[0]).toMatchObject({ action: "update", actor: "t-admin", after: { defaults } });
  });
});
