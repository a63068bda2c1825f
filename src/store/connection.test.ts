import { describe, expect, it } from "vitest";
import { resolve } from "node:path";
import { parseDatabaseUrl } from "./connection.js";

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
