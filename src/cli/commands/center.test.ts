import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeCaseExport } from "../../ingest/ledger/generator.js";
import { FIXTURES } from "../../ingest/report/testing/fixtures.js";
import { openStore } from "../../store/index.js";
import { cliDatabases, runCli, runCliHere } from "../testing.js";

const PASSWORD = "Center-Test-2026!";
const listOf = async (db: string) => JSON.parse((await runCliHere(db, ["center", "list", "--json"])).stdout);

/** Issue 19: `zhoubao center add|list` and the center every command works on (--center, ZHOUBAO_CENTER). */
describe.each(cliDatabases())("zhoubao center on $name", ({ create }) => {
  let db: string;
  const dir = mkdtempSync(join(tmpdir(), "zhoubao-center-"));
  const ok = async (args: string[]) => {
    const r = await runCliHere(db, args);
    expect([args.join(" "), r.code, r.stderr]).toEqual([args.join(" "), 0, ""]);
    return r.stdout;
  };
  const refused = async (args: string[], code: string) => {
    const r = await runCliHere(db, args);
    expect([args.join(" "), r.code, r.stderr]).toEqual([args.join(" "), 1, expect.stringContaining(`错误 [${code}]：`)]);
  };

  beforeAll(async () => {
    db = await create();
    // The demo-era center `main` comes first (any command creates it), then a province tree.
    await ok(["department", "list"]);
    await ok(["center", "add", "510000", "--name", "四川省政务服务中心"]);
    await ok(["center", "add", "510100", "--name", "成都市政务服务中心", "--parent", "510000"]);
    const store = await openStore(db);
    await store.departments.save((await store.centers.byCode("510100")).id, { name: "成都市网络理政办", aliases: ["理政办"], displayOrder: 30 });
    await store.close();
    await ok(["center", "add", "510107", "--name", "武侯区政务服务中心", "--parent", "510100", "--copy-departments-from", "510100", "--template", "2022"]);
  }, 120_000);

  it("lists the centers in tree order with their parents' codes", async () => {
    expect(await listOf(db)).toEqual([
      { code: "510000", name: "四川省政务服务中心", parentCode: null, depth: 0 },
      { code: "510100", name: "成都市政务服务中心", parentCode: "510000", depth: 1 },
      { code: "510107", name: "武侯区政务服务中心", parentCode: "510100", depth: 2 },
      { code: "main", name: "四川省政府政务服务和公共资源交易服务中心", parentCode: null, depth: 0 },
    ]);
    expect((await ok(["center", "list"])).split("\n").slice(0, 3)).toEqual(["510000  四川省政务服务中心", "  510100  成都市政务服务中心  （上级 510000）", "    510107  武侯区政务服务中心  （上级 510100）"]);
  });

  it("starts a center with the seed departments or a copy of another's, and its own first issue", async () => {
    const deps = async (code: string) => JSON.parse(await ok(["department", "list", "--json", "--center", code])).map((d: { name: string }) => d.name);
    expect(await deps("510000")).toHaveLength(29);
    expect(await deps("510107")).toEqual(await deps("510100"));
    expect(await deps("510107")).toContain("成都市网络理政办");
    const first = JSON.parse(await ok(["--center", "510107", "issue", "new", "--json"]));
    expect([first.seq, first.total, first.issuer]).toEqual([1, 1, "武侯区政务服务中心"]);
    // --template 2022: the 2022 generation's part title 政务服务工作 heads the tree.
    expect(first.sections[0].heading).toBe("政务服务工作");
  });

  it("refuses bad codes, duplicates, unknown parents and centers, writing nothing", async () => {
    const before = await listOf(db);
    await refused(["center", "add", "510100", "--name", "成都市中心"], "center.exists");
    for (const code of ["5101", "990000", "main", "51010a"]) await refused(["center", "add", code, "--name", "某中心"], "center.bad-code");
    await refused(["center", "add", "510700", "--name", "绵阳市政务服务中心", "--parent", "510800"], "center.parent-not-found");
    await refused(["center", "add", "520100", "--name", "贵阳市政务服务中心", "--parent", "510000"], "center.outside-parent");
    await refused(["center", "add", "510108", "--name", "某区中心", "--parent", "510107"], "center.outside-parent");
    await refused(["center", "add", "510700", "--name", "绵阳市政务服务中心", "--parent", "510000", "--copy-departments-from", "999999"], "center.not-found");
    await refused(["center", "add", "510700", "--name", "绵"], "input.invalid");
    expect(await listOf(db)).toEqual(before);
    for (const args of [["issue", "list"], ["department", "list"], ["stats", "ytd", "--as-of", "2026-11-20"]]) await refused(["--center", "999999", ...args], "center.not-found");
    expect(await listOf(db)).toEqual(before);
  });

  it("keeps the demo center's code `main` selectable and the default", async () => {
    expect(await ok(["--center", "main", "issue", "next"])).toMatch(/^下一期：/);
    expect(JSON.parse(await ok(["issue", "list", "--json"]))).toEqual([]);
  });

  it("imports, checks and renders past issues of the center named by --center or ZHOUBAO_CENTER only", async () => {
    const report = join(FIXTURES, "2023-45.txt");
    expect(await ok(["import", report, "--center", "510100"])).toMatch(/已导入 2023年第45期/);
    await refused(["issue", "show", "2023-45", "--center", "510000"], "issue.not-found");
    await refused(["check", "2023-45", "--center", "510107"], "issue.not-found");
    const check = await runCliHere(db, ["check", "2023-45", "--center", "510100"]);
    expect(check.stdout).toMatch(/2023年第45期|2023-45/);
    const out = join(dir, "b.html");
    await ok(["render", "2023-45", "--format", "html", "--out", out, "--center", "510100"]);
    expect(readFileSync(out, "utf8")).toContain("第45期");
    await refused(["render", "2023-45", "--format", "html", "--out", join(dir, "a.html"), "--center", "510000"], "issue.not-found");
    expect(existsSync(join(dir, "a.html"))).toBe(false);
    process.env.ZHOUBAO_CENTER = "510100";
    try {
      expect(JSON.parse(await ok(["issue", "show", "2023-45", "--json"])).issue.seq).toBe(45);
      // --center wins over the environment.
      await refused(["issue", "show", "2023-45", "--center", "main"], "issue.not-found");
    } finally {
      delete process.env.ZHOUBAO_CENTER;
    }
  });

  it("imports a case export into one center's ledger and counts it there only", async () => {
    const csv = join(dir, "办件.csv");
    const n = await writeCaseExport(csv, { year: 2026, rows: 400, seed: 3, asOf: "2026-11-20" });
    expect(JSON.parse(await ok(["import", "cases", csv, "--json", "--center", "510107"]))).toMatchObject({ rows: n, inserted: n });
    const ytd = async (code: string) => {
      const r = await runCliHere(db, ["stats", "ytd", "--as-of", "2026-11-20", "--json", "--center", code]);
      const s = JSON.parse(r.stdout);
      return [s.licensing.accepted + s.publicService.accepted + s.otherPower.accepted, r.stderr.includes("尚未导入")];
    };
    expect(await ytd("510107")).toEqual([expect.any(Number), false]);
    expect((await ytd("510107"))[0]).toBeGreaterThan(0);
    // The other centers have no ledger at all: nothing of 510107's import reaches them.
    expect([await ytd("510100"), await ytd("510000")]).toEqual([[0, true], [0, true]]);
  });

  it("binds a new user to the center named, and refuses one without a center (a real process)", { timeout: 60_000 }, async () => {
    const none = runCli(db, ["user", "add", "zhangsan", "--role", "editor", "--password-stdin"], `${PASSWORD}\n`);
    expect([none.code, none.stderr]).toEqual([1, expect.stringContaining("错误 [center.required]：部署中有多个中心")]);
    const added = runCli(db, ["user", "add", "zhangsan", "--role", "province", "--password-stdin", "--center", "510000"], `${PASSWORD}\n`);
    expect([added.code, added.stdout.trim()]).toEqual([0, "已添加用户 zhangsan（省级管理员）。"]);
    const users = async (code: string) => JSON.parse(await ok(["user", "list", "--json", "--center", code])).map((u: { username: string }) => u.username);
    expect([await users("510000"), await users("510100"), await users("main")]).toEqual([["zhangsan"], [], []]);
  });
});
