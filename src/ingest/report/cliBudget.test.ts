import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cliDatabases, runCli, runCliHere } from "../../cli/testing.js";
import { FIXTURES } from "./testing/fixtures.js";

describe.each(cliDatabases())("zhoubao import within the reading time budget on $name", ({ create }) => {
  const saved = process.env.ZHOUBAO_IMPORT_TIME_BUDGET_MS;
  afterEach(() => {
    if (saved === undefined) delete process.env.ZHOUBAO_IMPORT_TIME_BUDGET_MS;
    else process.env.ZHOUBAO_IMPORT_TIME_BUDGET_MS = saved;
  });

  it("stops a read past ZHOUBAO_IMPORT_TIME_BUDGET_MS with import.too-slow, exits non-zero and stores nothing", async () => {
    const db = await create();
    process.env.ZHOUBAO_IMPORT_TIME_BUDGET_MS = "1";
    const r = runCli(db, ["import", join(FIXTURES, "2023-45.txt")]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/错误 \[import\.too-slow\]：文件“2023-45\.txt”读取超过 1 毫秒仍未完成，已停止/);
    delete process.env.ZHOUBAO_IMPORT_TIME_BUDGET_MS;
    expect(JSON.parse((await runCliHere(db, ["issue", "list", "--json"])).stdout)).toEqual([]);
    // Within the default budget the same file imports.
    const ok = runCli(db, ["import", join(FIXTURES, "2023-45.txt")]);
    expect(ok.code, ok.stderr).toBe(0);
  }, 180_000);
});
