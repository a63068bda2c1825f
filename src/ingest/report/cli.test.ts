import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cliDatabases, runCli, runCliHere } from "../../cli/testing.js";
import { compareFacts } from "./testing/compareFacts.js";
import { COMPARE_TOOL, FIXTURES, SAMPLES, casesIn, hasSamples } from "./testing/fixtures.js";

const fixtures = casesIn(FIXTURES);
const BROKEN = join(FIXTURES, "broken");

describe.skipIf(!hasSamples)("zhoubao import --dry-run --json | compare-facts", () => {
  it.each(casesIn(SAMPLES).map((c) => [c.name, c] as const))("%s: matched N/N facts", async (_n, c) => {
    const db = await cliDatabases()[0].create();
    const r = runCli(db, ["import", c.path, "--dry-run", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const cmp = spawnSync(process.execPath, [COMPARE_TOOL, c.path.replace(/\.txt$/, ".facts.json"), "-"], { input: r.stdout, encoding: "utf8" });
    const m = /matched (\d+)\/(\d+) facts/.exec(cmp.stdout);
    expect(m, cmp.stdout).not.toBeNull();
    expect(m![1]).toBe(m![2]);
    expect(cmp.status).toBe(0);
  }, 180_000);
});

describe.each(cliDatabases())("zhoubao import on $name", ({ create }) => {
  let db: string;
  const stored = async () => (await runCliHere(db, ["issue", "list", "--json"])).stdout;
  beforeAll(async () => {
    db = await create();
  });

  it("checks several files without storing them, and prints an array of Facts", async () => {
    const r = await runCliHere(db, ["import", ...fixtures.map((f) => f.path), "--dry-run", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const facts = JSON.parse(r.stdout);
    expect(facts).toHaveLength(fixtures.length);
    fixtures.forEach((f, i) => expect(compareFacts(f.expected, facts[i]).misses).toEqual([]));
    expect(r.stderr).toContain("省医保局");
    expect(JSON.parse(await stored())).toEqual([]);
  }, 180_000);

  it("stores each issue as published, with the facts it was read with", async () => {
    const r = await runCliHere(db, ["import", ...fixtures.map((f) => f.path)]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("已导入 2023年第45期（总第465期）：2023-45.txt（文本）");
    expect(r.stdout).toContain(`共 ${fixtures.length} 个文件：导入 ${fixtures.length} 个，失败 0 个。`);
    for (const f of fixtures) {
      const issue = f.expected.issue as { year: number; seq: number };
      const shown = JSON.parse((await runCliHere(db, ["issue", "show", `${issue.year}-${issue.seq}`, "--json"])).stdout);
      const { unparsed: _unparsed, ...figures } = f.expected;
      expect(compareFacts(figures, shown).misses).toEqual([]);
    }
    expect(JSON.parse(await stored()).map((i: { status: string }) => i.status)).toEqual(fixtures.map(() => "published"));
  }, 180_000);

  it("refuses an issue that exists, unless --replace", async () => {
    const before = await stored();
    let r = await runCliHere(db, ["import", fixtures[0].path]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("错误 [import.exists]");
    expect(r.stderr).toContain("--replace");
    expect(await stored()).toBe(before);
    r = await runCliHere(db, ["import", fixtures[0].path, "--replace"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^已覆盖 /);
  }, 180_000);

  it.each([
    ["empty.txt", "import.empty"],
    ["binary.bin", "import.binary"],
    ["no-text-layer.pdf", "import.no-text-layer"],
    ["not-a-report.txt", "import.not-a-report"],
    ["old-word.doc", "import.unsupported-format"],
  ])("refuses %s with %s, exits non-zero and stores nothing", async (file, code) => {
    const before = await stored();
    const r = await runCliHere(db, ["import", join(BROKEN, file)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^错误 \\[${code.replace(".", "\\.")}\\]：.*[\\u4e00-\\u9fff]`));
    expect(r.stdout).toBe("");
    expect(await stored()).toBe(before);
  }, 180_000);

  it("imports the good files of a batch and exits non-zero for the bad one", async () => {
    const fresh = await create();
    // A real process: the exit status of a batch with a failure.
    const r = runCli(fresh, ["import", fixtures[1].path, join(BROKEN, "empty.txt"), fixtures[2].path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("错误 [import.empty]");
    expect(r.stdout).toContain(`共 3 个文件：导入 2 个，失败 1 个。`);
    expect(JSON.parse((await runCliHere(fresh, ["issue", "list", "--json"])).stdout)).toHaveLength(2);
  }, 180_000);
});
