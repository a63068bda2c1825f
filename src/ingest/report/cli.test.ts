import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cliDatabases, runCli, runCliHere } from "../../cli/testing.js";
import { openStore, type Store } from "../../store/index.js";
import { compareFacts } from "./testing/compareFacts.js";
import { COMPARE_TOOL, FIXTURES, SAMPLES, casesIn, hasSamples } from "./testing/fixtures.js";

const fixtures = casesIn(FIXTURES);
const BROKEN = join(FIXTURES, "broken");

/** Runs `fn` on the store at DATABASE_URL `db`, then closes it. */
async function withStore<T>(db: string, fn: (s: Store) => Promise<T>): Promise<T> {
  const s = await openStore(db);
  try {
    return await fn(s);
  } finally {
    await s.close();
  }
}

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

  it("refuses an issue that exists; --replace is a correction, with a reason and the checks of approval", async () => {
    const before = await stored();
    let r = await runCliHere(db, ["import", fixtures[0].path]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("错误 [import.exists]");
    expect(r.stderr).toContain("--replace --reason");
    r = await runCliHere(db, ["import", fixtures[0].path, "--replace"]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/^错误 \[import\.reason-required\]：.*已发布.*更正理由/);
    expect(await stored()).toBe(before);
    // With a reason: a correction (checks as for approval, the original kept as revision 1, audited).
    r = await runCliHere(db, ["import", fixtures[0].path, "--replace", "--reason", "按印发原件重新导入"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^已更正 /);
    const e = fixtures[0].expected.issue as { year: number; seq: number };
    await withStore(db, async (s) => {
      const center = await s.centers.default();
      const issue = await s.issues.require(center.id, e.year, e.seq);
      expect([issue.status, issue.revision]).toEqual(["published", 2]);
      expect((await s.issueWorkflow.revisions(issue.id)).map((x) => [x.revision, x.reason])).toEqual([
        [1, null],
        [2, "按印发原件重新导入"],
      ]);
      expect((await s.audit.list(center.id, { entity: "issue" }))[0]).toMatchObject({ action: "correct", entityId: String(issue.id) });
    });
  }, 180_000);

  it("never replaces an issue in the workflow (draft, in review), whatever is asked", async () => {
    const fresh = await create();
    expect((await runCliHere(fresh, ["import", fixtures[0].path])).code).toBe(0);
    const made = await runCliHere(fresh, ["issue", "new", "--json"]);
    expect(made.code, made.stderr).toBe(0);
    const draft = JSON.parse(made.stdout) as { id: number; year: number; seq: number; total: number };
    // The past-issue file of the draft's number: the fixture with its numbers changed.
    const e = fixtures[0].expected.issue as { year: number; seq: number; total: number };
    const text = readFileSync(fixtures[0].path, "utf8").replaceAll(`${e.year}年第${e.seq}期`, `${draft.year}年第${draft.seq}期`).replaceAll(`总第${e.total}期`, `总第${draft.total}期`);
    const file = join(mkdtempSync(join(tmpdir(), "zhoubao-import-")), `${draft.year}-${draft.seq}.txt`);
    writeFileSync(file, text);
    const shown = async () => (await runCliHere(fresh, ["issue", "show", `${draft.year}-${draft.seq}`, "--json"])).stdout;
    const before = await shown();
    for (const status of ["draft", "review"] as const) {
      if (status === "review") await withStore(fresh, (s) => s.issueWorkflow.setStatus(draft.id, "review"));
      for (const args of [[], ["--replace"], ["--replace", "--reason", "以导入的文件替换本期"]]) {
        const r = await runCliHere(fresh, ["import", file, ...args]);
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(new RegExp(`^错误 \\[import\\.in-workflow\\]：.*正在办理的周报（${status === "draft" ? "草稿" : "待审核"}）.*不能覆盖`));
      }
    }
    expect(await shown()).toBe(before);
    await withStore(fresh, async (s) => expect((await s.issues.byId(draft.id))?.status).toBe("review"));
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
