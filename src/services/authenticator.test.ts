import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../store/index.js";
import { seededStore, storeFactories } from "../store/testing.js";
import { addUser } from "./accountManager.js";
import { systemActor } from "./actor.js";
import { login, resolveSession } from "./authenticator.js";

const PASSWORD = "Zhoubao-Auth-2026";
const policy = {
  session: { idleMs: 30 * 60_000, absoluteMs: 8 * 3600_000 },
  login: {
    pair: { maxFailures: 2, windowMs: 10 * 60_000, blockMs: 5 * 60_000, maxBlockMs: 20 * 60_000 },
    account: { maxFailures: 100, windowMs: 60_000, blockMs: 60_000 },
    verify: { concurrency: 2, maxQueue: 100, maxWaitMs: 60_000 },
  },
};
const at = (iso: string) => new Date(iso);

describe.each(storeFactories())("authenticator on $name", (factory) => {
  let store: Store;
  beforeAll(async () => {
    let centerId: number;
    ({ store, centerId } = await seededStore(factory));
    await addUser(store, systemActor(centerId), { username: "wangfang", displayName: "王芳", role: "editor", password: PASSWORD });
  });
  afterAll(async () => store?.close());
  const attempt = (password: string, now: string, address = "10.0.0.1") => login(store, { username: "wangfang", password, address, userAgent: null }, policy, at(now));

  it("blocks an address for an account after repeated failures, until the block ends; failures outside the window do not add up", async () => {
    await expect(attempt("wrong-1", "2026-11-20T01:00:00Z")).rejects.toMatchObject({ code: "auth.invalid-credentials" });
    // The next failure is outside the 10-minute window: the count starts again.
    await expect(attempt("wrong-2", "2026-11-20T01:11:00Z")).rejects.toMatchObject({ code: "auth.invalid-credentials" });
    await expect(attempt(PASSWORD, "2026-11-20T01:11:30Z")).resolves.toMatchObject({ user: { username: "wangfang" } });
    await expect(attempt("wrong-3", "2026-11-20T01:12:00Z")).rejects.toMatchObject({ code: "auth.invalid-credentials" });
    await expect(attempt("wrong-4", "2026-11-20T01:12:10Z")).rejects.toMatchObject({ code: "auth.invalid-credentials" });
    // The attempt past the limit is refused without verifying and starts a 5-minute block.
    await expect(attempt(PASSWORD, "2026-11-20T01:13:00Z")).rejects.toMatchObject({ code: "auth.rate-limited", details: { retryAfterSeconds: 300 } });
    await expect(attempt(PASSWORD, "2026-11-20T01:17:59Z")).rejects.toMatchObject({ code: "auth.rate-limited", details: { retryAfterSeconds: 1 } });
    await expect(attempt(PASSWORD, "2026-11-20T01:18:01Z")).resolves.toMatchObject({ user: { username: "wangfang" } });
  });

  it("doubles each block in a row up to the cap, while the same account signs in from another address", async () => {
    const blockAfter = async (start: number, address: string) => {
      const t = (s: number) => new Date(Date.parse("2026-11-22T00:00:00Z") + (start + s) * 1000).toISOString();
      for (let i = 0; i < 2; i++) await expect(attempt("wrong", t(i), address)).rejects.toMatchObject({ code: "auth.invalid-credentials" });
      const r = await attempt(PASSWORD, t(2), address).catch((e) => e);
      return [r.code, r.details?.retryAfterSeconds];
    };
    expect(await blockAfter(0, "10.9.0.1")).toEqual(["auth.rate-limited", 300]);
    expect(await blockAfter(310, "10.9.0.1")).toEqual(["auth.rate-limited", 600]);
    expect(await blockAfter(920, "10.9.0.1")).toEqual(["auth.rate-limited", 1200]);
    expect(await blockAfter(2130, "10.9.0.1")).toEqual(["auth.rate-limited", 1200]);
    await expect(attempt(PASSWORD, "2026-11-22T00:36:00Z", "10.9.0.2")).resolves.toMatchObject({ user: { username: "wangfang" } });
  });

  it("expires sessions when idle and at their absolute end", async () => {
    const { token } = await attempt(PASSWORD, "2026-11-21T00:00:00Z");
    const check = (now: string) => resolveSession(store, token, policy.session, at(now)).then((s) => s.state);
    // Active every 20 minutes: never idle, yet it ends 8 hours after login.
    for (let m = 20; m < 8 * 60; m += 20) expect(await check(new Date(Date.parse("2026-11-21T00:00:00Z") + m * 60_000).toISOString())).toBe("active");
    expect(await check("2026-11-21T08:00:30Z")).toBe("expired");
    expect(await check("2026-11-21T08:01:00Z")).toBe("none");
    const second = await attempt(PASSWORD, "2026-11-21T08:00:00Z");
    expect(await resolveSession(store, second.token, policy.session, at("2026-11-21T08:31:00Z")).then((s) => s.state)).toBe("expired");
    expect(await resolveSession(store, "not-a-token", policy.session).then((s) => s.state)).toBe("none");
  });
});
