import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, UNPLACED } from "../../ingest/report/testing/fixtures.js";
import { storeFactories } from "../../store/testing.js";
import type { Store } from "../../store/index.js";
import type { CliContext } from "../context.js";
import { main } from "../main.js";

/** Runs `zhoubao ARGS` in this process against `store`, capturing what it prints. */
async function zhoubao(store: Store, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = {
    store: async () => store,
    center: async () => {
      const c = await store.centers.default();
      await store.departments.seed(c.id);
      return c;
    },
    useCenter: () => {
      throw new Error("this test works on the default center");
    },
    centerNamed: () => false,
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    close: async () => undefined,
  };
  const code = (await main(["node", "zhoubao", ...args], ctx)) || Number(process.exitCode ?? 0);
  process.exitCode = 0; // the command sets it for the real process; not this test runner's
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

// Issue 15 part 4: a past issue is stored with its findings; --strict refuses it.
describe.each(storeFactories())("zhoubao import of an inconsistent past issue on $name", (factory) => {
  let store: Store;
  let broken: string;
  const stored = async () => (await store.issues.numbers((await store.centers.default()).id)).map((n) => `${n.year}-${n.seq}`).sort();
  beforeAll(async () => {
    store = await factory.open();
    // 2023-38 printed 总第461期 where the year's offset (2023-45: 465 − 45) gives 458, and holds text the parser could not place.
    broken = join(mkdtempSync(join(tmpdir(), "zhoubao-import-")), "2023-38.txt");
    writeFileSync(broken, readFileSync(join(UNPLACED, "2023-38.txt"), "utf8").replace("总第458期", "总第461期"));
    expect((await zhoubao(store, ["import", join(FIXTURES, "2023-45.txt")])).code).toBe(0);
  });
  afterAll(() => store?.close());

  it("--strict refuses it with a coded error and writes nothing", async () => {
    const r = await zhoubao(store, ["import", broken, "--strict"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/错误 \[issue\.numbering-broken\]：.*编号不连续/);
    const unread = await zhoubao(store, ["import", join(UNPLACED, "2023-38.txt"), "--strict"]);
    expect(unread.code).toBe(1);
    expect(unread.stderr).toContain("错误 [import.checks-failed]");
    expect(await stored()).toEqual(["2023-45"]);
  });

  it("imports it with its findings printed, exit 0; zhoubao check names each unread paragraph", async () => {
    const r = await zhoubao(store, ["import", broken]);
    expect(r.stderr).not.toContain("错误 [");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("已导入 2023年第38期（总第461期）");
    expect(r.stdout).toMatch(/校核：错误 \d+ 项/);
    expect(r.stderr).toContain("[numbering.offset-changed]");
    expect(await stored()).toEqual(["2023-38", "2023-45"]);

    const check = await zhoubao(store, ["check", "2023-38"]);
    expect(check.code).toBe(1);
    const unread = check.stdout.split("\n").filter((l) => l.includes("[content.unreviewed]"));
    expect(unread).toHaveLength(5);
    expect(unread.join("\n")).toContain("〔厅（局）长进大厅〕“厅（局）长进大厅”中第 23 行的原文未能识别：“（3）9月22日上午");
  });
});
