import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeFactories } from "../../../store/testing.js";
import { ApiClient, startTestApp, type TestApp } from "../../testing.js";

describe.each(storeFactories())("user routes on $name", (factory) => {
  let t: TestApp;
  let admin: ApiClient;
  beforeAll(async () => {
    t = await startTestApp(factory, { demo: false, draft: false });
    admin = await t.as("admin");
  });
  afterAll(async () => t?.close());

  it("creates a liaison bound to a department, never showing a password hash", async () => {
    const deps = (await admin.get("/api/departments")).body.departments;
    const r = await admin.post("/api/users", { username: "liaison.wang", displayName: "王联络", role: "liaison", departmentId: deps[3].id, password: "Initial-Pass-2026" });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ username: "liaison.wang", role: "liaison", roleLabel: "窗口联络员", department: deps[3].name, active: true, mustChangePassword: true });
    const list = await admin.get("/api/users");
    expect(list.body.users.map((u: { username: string }) => u.username)).toContain("liaison.wang");
    expect(JSON.stringify(list.body)).not.toMatch(/scrypt|password_hash|passwordHash/);
    expect((await admin.get(`/api/users/${r.body.id}`)).body.department).toBe(deps[3].name);
    expect((await admin.get("/api/users/99999")).body.code).toBe("user.not-found");
  });

  it("ends a user's sessions when the role changes, and drops the department of a non-liaison", async () => {
    const c = await t.as("liaison2");
    const r = await admin.put(`/api/users/${t.users.liaison2.id}`, { role: "reader" });
    expect(r.body).toMatchObject({ role: "reader", departmentId: null, department: null });
    expect((await c.get("/api/me")).status).toBe(401);
    expect((await admin.put(`/api/users/${t.users.liaison2.id}`, { role: "liaison" })).body.code).toBe("user.bad-role");
    const audit = await t.store.audit.list(t.centerId, { entity: "user", entityId: String(t.users.liaison2.id), action: "update" });
    expect(audit[0]).toMatchObject({ actor: "t-admin", before: { role: "liaison" }, after: { role: "reader" } });
    expect(JSON.stringify(audit)).not.toContain("scrypt");
  });

  it("resets a password (to be changed at next login) and keeps the last admin", async () => {
    const r = await admin.put(`/api/users/${t.users.reader.id}`, { password: "Reset-Pass-2026" });
    expect(r.body.mustChangePassword).toBe(true);
    const c = new ApiClient(t.app, "10.9.0.1");
    await c.login("t-reader", "Reset-Pass-2026");
    expect((await c.get("/api/issues")).body.code).toBe("auth.password-change-required");
    expect((await admin.put(`/api/users/${t.users.admin.id}`, { active: false })).body.code).toBe("user.last-admin");
    const second = await admin.post("/api/users", { username: "admin2", displayName: "第二管理员", role: "admin", password: "Second-Admin-2026" });
    expect((await admin.put(`/api/users/${second.body.id}`, { active: false })).body.active).toBe(false);
  });
});
