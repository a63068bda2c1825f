import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeFactories } from "../../../store/testing.js";
import { startTestApp, type ApiClient, type TestApp } from "../../testing.js";

describe.each(storeFactories())("department routes on $name", (factory) => {
  let t: TestApp;
  let admin: ApiClient, reader: ApiClient;
  beforeAll(async () => {
    t = await startTestApp(factory, { demo: false, draft: false });
    [admin, reader] = await Promise.all([t.as("admin"), t.as("reader")]);
  });
  afterAll(async () => t?.close());

  it("lists departments for everyone; the admin adds, renames and deactivates them, audited", async () => {
    expect((await reader.get("/api/departments")).body.departments).toHaveLength(29);
    const made = await admin.post("/api/departments", { name: "省数据局", aliases: ["数据局"], displayOrder: 30 });
    expect(made.body).toMatchObject({ name: "省数据局", aliases: ["数据局"], active: true });
    const off = await admin.put(`/api/departments/${made.body.id}`, { name: "四川省数据局", aliases: ["数据局"], displayOrder: 30, active: false });
    expect(off.body).toMatchObject({ name: "四川省数据局", active: false });
    expect((await reader.get("/api/departments")).body.departments).toHaveLength(29);
    expect((await admin.get("/api/departments?includeInactive=true")).body.departments).toHaveLength(30);
    expect((await admin.put("/api/departments/99999", { name: "不存在", aliases: [], displayOrder: 1 })).body.code).toBe("department.unknown");
    const log = await t.store.audit.list(t.centerId, { entity: "department", entityId: String(made.body.id) });
    expect(log.map((e) => e.action)).toEqual(["update", "create"]);
    expect(log[0]).toMatchObject({ before: { name: "省数据局" }, after: { name: "四川省数据局", active: false } });
  });
});
