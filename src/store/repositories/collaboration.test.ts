import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seedDemo } from "../../demo/seedDemo.js";
import type { Store } from "../index.js";
import { toDocument } from "../index.js";
import { seededStore, storeFactories } from "../testing.js";

/** The collaboration server's tables (migration 0002) on both stores. */
describe.each(storeFactories())("collaboration repositories on $name", (factory) => {
  let store: Store;
  let centerId: number;
  let userId: number;
  beforeEach(async () => {
    ({ store, centerId } = await seededStore(factory));
    const dep = (await store.departments.list(centerId))[0];
    userId = (await store.users.create(centerId, { username: "liu", displayName: "刘洋", role: "liaison", departmentId: dep.id!, passwordHash: "scrypt$x", mustChangePassword: false })).id;
  });
  afterEach(async () => store.close());

  it("keeps accounts without exposing their hashes, and refuses a taken username", async () => {
    const u = await store.users.byUsername("liu");
    expect(u).toMatchObject({ role: "liaison", department: "自然资源厅", active: true });
    expect(JSON.stringify(u)).not.toContain("scrypt");
    expect((await store.users.credentials("liu"))?.passwordHash).toBe("scrypt$x");
    await expect(store.users.create(centerId, { username: "liu", displayName: "重名", role: "reader", departmentId: null, passwordHash: "h", mustChangePassword: false })).rejects.toMatchObject({ code: "user.duplicate" });
    expect(await store.users.update(userId, { active: false, role: "reader", departmentId: null })).toMatchObject({ active: false, role: "reader", department: null });
    expect(await store.users.count(centerId, { activeOnly: true })).toBe(0);
  });

  it("finds sessions by token hash and purges expired and idle ones", async () => {
    const now = "2026-11-20T08:00:00.000Z";
    await store.sessions.create({ userId, tokenHash: "h1", now, expiresAt: "2026-11-20T20:00:00.000Z", address: "10.0.0.1", userAgent: "x".repeat(500) });
    await store.sessions.create({ userId, tokenHash: "h2", now: "2026-11-20T06:00:00.000Z", expiresAt: "2026-11-20T18:00:00.000Z", address: null, userAgent: null });
    expect((await store.sessions.find("h1"))?.user.username).toBe("liu");
    expect(await store.sessions.purge(now, "2026-11-20T07:30:00.000Z")).toBe(1);
    expect(await store.sessions.find("h2")).toBeNull();
    expect(await store.sessions.removeForUser(userId)).toBe(1);
  });

  it("reserves login attempts atomically, blocks past the limit with a doubling delay and forgets after the window", async () => {
    const p = { maxFailures: 3, windowMs: 60_000, blockMs: 120_000, maxBlockMs: 300_000 };
    const t = (s: number) => new Date(Date.parse("2026-11-20T08:00:00Z") + s * 1000).toISOString();
    const key = "pair:10.0.0.1|liu";
    // Ten concurrent attempts: exactly three are allowed, the rest find the block.
    const tries = await Promise.all(Array.from({ length: 10 }, () => store.loginThrottle.reserve(key, t(0), p)));
    expect(tries.filter((r) => r.allowed)).toHaveLength(3);
    expect(new Set(tries.filter((r) => !r.allowed).map((r) => (r.allowed ? null : r.blockedUntil)))).toEqual(new Set([t(120)]));
    expect(await store.loginThrottle.reserve(key, t(60), p)).toEqual({ allowed: false, blockedUntil: t(120) });
    // After the block: three more, then a block twice as long, then capped at maxBlockMs.
    for (let i = 1; i <= 3; i++) expect(await store.loginThrottle.reserve(key, t(121), p)).toEqual({ allowed: true, attempts: i });
    expect(await store.loginThrottle.reserve(key, t(122), p)).toEqual({ allowed: false, blockedUntil: t(122 + 240) });
    for (let i = 0; i < 4; i++) await store.loginThrottle.reserve(key, t(400), p);
    expect(await store.loginThrottle.reserve(key, t(401), p)).toEqual({ allowed: false, blockedUntil: t(700) });
    // Another key is untouched; a reset forgets strikes; attempts outside the window count afresh.
    expect(await store.loginThrottle.reserve("pair:10.0.0.1|wang", t(401), p)).toEqual({ allowed: true, attempts: 1 });
    await store.loginThrottle.reset(key);
    expect(await store.loginThrottle.reserve(key, t(402), p)).toEqual({ allowed: true, attempts: 1 });
    await store.loginThrottle.release(key);
    expect(await store.loginThrottle.reserve(key, t(403), p)).toEqual({ allowed: true, attempts: 1 });
    expect(await store.loginThrottle.reserve(key, t(500), p)).toEqual({ allowed: true, attempts: 1 });
  });

  it("writes the audit log as JSON and reads it back filtered, newest first", async () => {
    const e = { actorId: userId, actor: "liu", address: "10.0.0.1", entity: "submission" as const, entityId: "7" };
    await store.audit.record(centerId, { ...e, action: "create", before: null, after: { status: "draft" }, at: "2026-11-20T01:00:00.000Z" });
    await store.audit.record(centerId, { ...e, action: "submit", before: { status: "draft" }, after: { status: "submitted" }, at: "2026-11-20T02:00:00.000Z" });
    expect((await store.audit.list(centerId, { entity: "submission", entityId: "7" })).map((x) => [x.action, x.after])).toEqual([
      ["submit", { status: "submitted" }],
      ["create", { status: "draft" }],
    ]);
    expect(await store.audit.list(centerId, { from: "2026-11-20T01:30:00.000Z", to: "2026-11-20T03:00:00.000Z" })).toHaveLength(1);
  });

  it("freezes revisions, keeps rendered files once per revision and format, and lists issues without their trees", async () => {
    await seedDemo(store, centerId);
    const issue = (await store.issues.latest(centerId))!;
    expect(await store.issueIndex.list(centerId, { limit: 5 })).toEqual(await store.issues.list(centerId, { limit: 5 }));
    expect(await store.issueIndex.list(centerId, { year: 2025, status: "draft" })).toEqual([]);
    const corrected = { ...toDocument(issue), copies: 99 };
    await store.issueWorkflow.freeze(issue.id, 2, corrected, { reason: "印数更正", by: "t-editor" });
    expect(await store.issues.byId(issue.id)).toMatchObject({ status: "published", revision: 2, copies: 99 });
    expect(await store.issueWorkflow.revisions(issue.id)).toEqual([{ revision: 2, reason: "印数更正", createdBy: "t-editor", createdAt: expect.any(String) }]);
    expect((await store.issueWorkflow.revision(issue.id, 2))?.document).toEqual(corrected);
    const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x10]);
    await store.issueDocuments.keep(issue.id, 2, "pdf", "application/pdf", bytes);
    await store.issueDocuments.keep(issue.id, 2, "pdf", "application/pdf", Buffer.from("other"));
    const kept = await store.issueDocuments.get(issue.id, 2, "pdf");
    expect(kept?.content.equals(bytes)).toBe(true);
    expect(await store.issueDocuments.list(issue.id)).toEqual([{ revision: 2, format: "pdf", sha256: kept!.sha256, bytes: 7 }]);
    const w = await store.issueWorkflow.stamp(issue.id, { publishedBy: "t-editor", publishedAt: "2026-11-20T00:00:00.000Z" });
    expect(await store.issueWorkflow.get(issue.id)).toEqual(w);
  });
});
