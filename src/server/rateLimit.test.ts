import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeFactories } from "../store/testing.js";
import { startTestApp, type TestApp } from "./testing.js";

describe.each(storeFactories())("write rate limit on $name", (factory) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(factory, { demo: false, draft: false, writeRateLimit: { max: 5, windowMs: 60_000 } });
  });
  afterAll(async () => t?.close());

  it("refuses a session's writes past the limit with 429 request.rate-limited, while reads and other sessions go on", async () => {
    const admin = await t.as("admin", "10.8.0.1");
    const write = (c: typeof admin, day: number) => c.put(`/api/calendar/overrides/2027-10-${String(day).padStart(2, "0")}`, { workday: true, note: "调休上班" });
    for (let d = 1; d <= 5; d++) expect((await write(admin, d)).status).toBe(200);
    const refused = await write(admin, 6);
    expect([refused.status, refused.body.code]).toEqual([429, "request.rate-limited"]);
    expect(refused.body.message).toMatch(/^操作过于频繁（每 60 秒最多 5 次修改），请 \d+ 秒后再试。$/);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect((await t.store.calendar.overrides(t.centerId)).map((o) => o.date)).not.toContain("2027-10-06");
    expect((await admin.get("/api/me")).status).toBe(200);
    // Another session of the same account, from the same address, has its own allowance.
    const second = await t.as("admin", "10.8.0.1");
    expect((await write(second, 7)).status).toBe(200);
  });
});
