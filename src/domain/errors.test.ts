import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ERROR_CODES } from "./errors.js";

const doc = readFileSync(resolve(import.meta.dirname, "../../docs/errors.md"), "utf8");
const documented = new Set([...doc.matchAll(/^\| `([a-z0-9.-]+)` \|/gm)].map((m) => m[1]));

describe("docs/errors.md", () => {
  it("lists every error code", () => {
    const missing = Object.keys(ERROR_CODES).filter((c) => !documented.has(c));
    expect(missing, `docs/errors.md 缺少：${missing.join(", ")}`).toEqual([]);
  });
  it("lists no code that does not exist", () => {
    const stale = [...documented].filter((c) => !(c in ERROR_CODES));
    expect(stale).toEqual([]);
  });
});
