import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CHECK_CODES, SEVERITY_LABELS } from "./codes.js";

const doc = readFileSync(resolve(import.meta.dirname, "../../../docs/errors.md"), "utf8");
// Rows of the check-code table: | 错误 | `stats.ytd-decreased` | … |
const documented = new Map([...doc.matchAll(/^\| (错误|警告|提示) \| `([a-z0-9.-]+)` \|/gm)].map((m) => [m[2], m[1]]));

describe("docs/errors.md, check codes", () => {
  it("lists every check code with its severity, and no other", () => {
    const expected = Object.entries(CHECK_CODES).map(([code, { severity }]) => [code, SEVERITY_LABELS[severity]]);
    expect([...documented].sort()).toEqual(expected.sort());
  });
});
