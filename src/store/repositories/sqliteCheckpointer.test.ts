import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SqliteCheckpointer } from "./sqliteCheckpointer.js";

describe("SqliteCheckpointer", () => {
  let dir = "";
  beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), "zhoubao-ckpt-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("copies committed pages into the database file on its own thread, then hands checkpoints back", async () => {
    const file = join(dir, "t.db");
    const db = new SQLite(file);
    db.pragma("journal_mode = WAL");
    db.exec("create table t (k integer primary key, v text)");
    db.pragma("wal_checkpoint(TRUNCATE)");
    const before = statSync(file).size;

    const c = SqliteCheckpointer.start(db)!;
    expect(db.pragma("wal_autocheckpoint", { simple: true })).toBe(0);
    const insert = db.prepare("insert into t (v) values (?)");
    const batch = db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run("办件".repeat(20));
    });
    for (let i = 0; i < 5; i++) batch();
    // Only a checkpoint writes the database file in WAL mode; the writer's own are off.
    for (let i = 0; i < 100 && statSync(file).size === before; i++) await new Promise((r) => setTimeout(r, 20));
    expect(statSync(file).size).toBeGreaterThan(before);

    await c.stop();
    expect(db.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);
    const [r] = db.pragma("wal_checkpoint(PASSIVE)") as { busy: number; log: number; checkpointed: number }[];
    expect(r.checkpointed).toBe(r.log);
    expect(db.prepare("select count(*) from t").pluck().get()).toBe(10_000);
    db.close();
  });

  it("is shared by imports writing through one connection at the same time", async () => {
    const db = new SQLite(join(dir, "s.db"));
    db.pragma("journal_mode = WAL");
    const [a, b] = [SqliteCheckpointer.start(db)!, SqliteCheckpointer.start(db)!];
    await a.stop();
    expect(db.pragma("wal_autocheckpoint", { simple: true })).toBe(0); // b still writes
    const c = SqliteCheckpointer.start(db)!;
    await b.stop();
    await c.stop();
    await c.stop();
    expect(db.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);
    db.close();
  });

  it("does nothing for an in-memory database", () => {
    const db = new SQLite(":memory:");
    expect(SqliteCheckpointer.start(db)).toBeNull();
    db.close();
  });
});
