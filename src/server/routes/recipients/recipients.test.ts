import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeFactories } from "../../../store/testing.js";
import { startTestApp, type ApiClient, type TestApp } from "../../testing.js";

describe.each(storeFactories())("recipients, webhooks and notifications routes on $name", (factory) => {
  let t: TestApp;
  let admin: ApiClient, editor: ApiClient;
  beforeAll(async () => {
    t = await startTestApp(factory, { demo: false, draft: false, mail: null, background: { intervalMs: 60_000 } });
    [admin, editor] = await Promise.all([t.as("admin"), t.as("editor")]);
  });
  afterAll(async () => t?.close());

  it("keeps recipients per colophon line; an invalid address is refused with a code and writes nothing", async () => {
    const audit = async () => (await t.store.audit.list(t.centerId, { entity: "distribution" })).length;
    for (const email of ["leader@@example.gov.cn", "leader@example", "中心领导 <leader@example.gov.cn>", "a b@example.gov.cn", "leader@example.gov.cn, x@evil.cn"]) {
      const r = await admin.post("/api/recipients", { line: "report", name: "中心领导", email });
      expect([r.status, r.body.code]).toEqual([400, "recipient.bad-address"]);
      expect(r.body.message).toMatch(/^收件人“中心领导”的邮箱地址“.+”不正确/);
    }
    expect((await admin.post("/api/recipients", { line: "抄送", name: "中心领导", email: "leader@example.gov.cn" })).body.code).toBe("input.invalid");
    expect((await editor.get("/api/recipients")).body.recipients).toEqual([]);
    expect(await audit()).toBe(0);

    const made = await admin.post("/api/recipients", { line: "report", kind: "person", name: "中心领导", email: " Leader@Example.gov.cn " });
    expect([made.status, made.body]).toMatchObject([201, { line: "report", kind: "person", name: "中心领导", email: "leader@example.gov.cn", active: true }]);
    const dup = await admin.post("/api/recipients", { line: "report", name: "另一人", email: "leader@example.gov.cn" });
    expect([dup.status, dup.body.code, dup.body.message]).toEqual([409, "recipient.duplicate", "“报”一行已有邮箱 leader@example.gov.cn（中心领导）。"]);
    // The same address on another line is another entry.
    expect((await admin.post("/api/recipients", { line: "send", kind: "group", name: "各相关省级部门（单位）", email: "leader@example.gov.cn" })).status).toBe(201);
    const bad = await admin.put(`/api/recipients/${made.body.id}`, { line: "report", name: "中心领导", email: "not-an-address" });
    expect(bad.body.code).toBe("recipient.bad-address");
    const off = await admin.put(`/api/recipients/${made.body.id}`, { line: "report", name: "中心主任", email: "leader@example.gov.cn", active: false });
    expect(off.body).toMatchObject({ name: "中心主任", active: false });
    expect((await editor.post("/api/recipients", { line: "report", name: "x", email: "x@example.gov.cn" })).body.code).toBe("auth.forbidden");
    expect((await admin.del(`/api/recipients/${made.body.id}`)).body).toEqual({ ok: true });
    expect((await admin.del(`/api/recipients/${made.body.id}`)).body.code).toBe("recipient.not-found");
    expect((await editor.get("/api/recipients")).body.recipients.map((r: { line: string }) => r.line)).toEqual(["send"]);
    expect(await audit()).toBe(4);
  });

  it("keeps webhooks with a secret; a URL that is not http(s) is refused", async () => {
    for (const url of ["ftp://oa.example.gov.cn/hook", "oa.example.gov.cn/hook", "javascript:alert(1)"]) {
      const r = await admin.post("/api/webhooks", { name: "OA", url });
      expect([r.status, r.body.code]).toEqual([400, "webhook.bad-url"]);
    }
    const made = await admin.post("/api/webhooks", { name: "OA", url: "https://oa.example.gov.cn/hook" });
    expect(made.body.secret).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const kept = await admin.put(`/api/webhooks/${made.body.id}`, { name: "门户", url: "https://portal.example.gov.cn/hook" });
    expect(kept.body).toMatchObject({ name: "门户", secret: made.body.secret });
    expect((await editor.get("/api/webhooks")).body.code).toBe("auth.forbidden");
    expect((await admin.get("/api/webhooks")).body.webhooks).toHaveLength(1);
  });

  it("keeps each account's reminder address and notifications", async () => {
    expect((await editor.put("/api/notifications/email", { email: "编辑@部门" })).body.code).toBe("recipient.bad-address");
    expect((await editor.put("/api/notifications/email", { email: "Editor@Example.gov.cn" })).body).toEqual({ email: "editor@example.gov.cn" });
    expect((await editor.get("/api/notifications/email")).body).toEqual({ email: "editor@example.gov.cn" });
    await t.store.notifications.add(t.centerId, [{ userId: t.users.editor.id, kind: "remind-editor", message: "请提交审核", link: "/editor" }]);
    expect((await editor.get("/api/notifications")).body).toMatchObject({ unread: 1, notifications: [{ message: "请提交审核", readAt: null }] });
    expect((await admin.get("/api/notifications")).body.unread).toBe(0);
    await editor.post("/api/notifications/read", {});
    expect((await editor.get("/api/notifications")).body.unread).toBe(0);
  });

  it("runs the background loop with the server: the reminder schedules exist after a tick", async () => {
    await t.app.background!.tick();
    const s = (await admin.get("/api/schedules")).body.schedules;
    expect(s.map((x: { kind: string; cron: string }) => [x.kind, x.cron])).toEqual([["remind-liaisons", "0 10 * * 4"], ["remind-editor", "0 10 * * 5"]]);
    expect(new Date(s[0].dueAt).getTime()).toBeGreaterThan(Date.now());
    const r = await admin.put("/api/schedules", { kind: "remind-editor", cron: "0 16 * * 4" });
    expect(r.body.schedules[1]).toMatchObject({ cron: "0 16 * * 4", active: true });
  });
});
