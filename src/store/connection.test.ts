import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { connect, parseDatabaseUrl, rawHandle } from "./connection.js";

describe("parseDatabaseUrl", () => {
  it("defaults to ./data/zhoubao.db", () => {
    expect(parseDatabaseUrl(undefined)).toEqual({ dialect: "sqlite", path: resolve("data/zhoubao.db") });
  });
  it("takes a path or a file: URL for SQLite", () => {
    expect(parseDatabaseUrl("/tmp/a.db")).toEqual({ dialect: "sqlite", path: "/tmp/a.db" });
    expect(parseDatabaseUrl("file:./x.db")).toEqual({ dialect: "sqlite", path: resolve("x.db") });
    expect(parseDatabaseUrl("file:///tmp/b.db")).toEqual({ dialect: "sqlite", path: "/tmp/b.db" });
  });
  it("selects PostgreSQL for postgres:// URLs", () => {
    expect(parseDatabaseUrl("postgres://u:p@127.0.0.1/db")).toEqual({ dialect: "postgres", url: "postgres://u:p@127.0.0.1/db" });
    expect(parseDatabaseUrl("postgresql://h/db").dialect).toBe("postgres");
  });
  it("refuses other schemes with a Chinese message", () => {
    expect(() => parseDatabaseUrl("mysql://h/db")).toThrowError(expect.objectContaining({ code: "store.bad-url" }));
  });
});

describe("SQLite transactions", () => {
  it("take the write lock when they begin: another connection's write in between cannot fail the transaction's own", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zhoubao-begin-"));
    const target = { dialect: "sqlite", path: join(dir, "z.db") } as const;
    const [a, b] = [connect(target), connect(target)];
    try {
      await sql`create table t (n integer)`.execute(a);
      const other = rawHandle(b)!;
      if (other.dialect !== "sqlite") throw new Error("SQLite expected");
      other.sqlite.pragma("busy_timeout = 0");
      const refused: string[] = [];
      await a.transaction().execute(async (trx) => {
        await sql`select count(*) from t`.execute(trx);
        // With a deferred BEGIN this write would commit, and the insert below fail with “database is locked”.
        try {
          other.sqlite.exec("insert into t values (1)");
        } catch (e) {
          refused.push((e as { code: string }).code);
        }
        await sql`insert into t values (2)`.execute(trx);
      });
      expect(refused).toEqual(["SQLITE_BUSY"]);
      other.sqlite.exec("insert into t values (3)");
      expect((await sql<{ n: number }>`select n from t order by n`.execute(a)).rows.map((r) => r.n)).toEqual([2, 3]);
    } finally {
      await a.destroy();
      await b.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
