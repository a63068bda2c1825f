import SQLite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeFactories } from "../store/testing.js";
import { startTestApp, type TestApp } from "./testing.js";

// SQLite only: PostgreSQL waits on row locks instead of failing, so it has no busy state to test.
const sqlite = storeFactories().find((f) => f.name === "sqlite")!;

describe("a write while another process holds the SQLite write lock", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(sqlite, { demo: false, draft: false });
  });
  afterAll(async () => t?.close());

  it("waits out the busy timeout, then answers 503 store.busy with Retry-After, and succeeds once the lock is gone", async () => {
    const admin = await t.as("admin");
    const path = t.store.target.dialect === "sqlite" ? t.store.target.path : "";
    // A second connection, as a CLI import would hold it: BEGIN IMMEDIATE takes the write lock.
    const other = new SQLite(path);
    other.exec("BEGIN IMMEDIATE");
    try {
      const r = await admin.put("/api/calendar/overrides/2027-10-09", { workday: true, note: "国庆调休上班" });
      expect([r.status, r.body.code, r.headers["retry-after"]]).toEqual([503, "store.busy", "5"]);
      expect(r.body.message).toBe("数据库正忙（可能正在导入台账或往期周报），请稍后再试。");
      expect(r.body.requestId).toBeTruthy();
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    const again = await admin.put("/api/calendar/overrides/2027-10-09", { workday: true, note: "国庆调休上班" });
    expect(again.status).toBe(200);
  }, 30_000);
});
