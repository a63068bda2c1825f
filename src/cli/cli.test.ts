import { describe, expect, it, beforeAll } from "vitest";
import { cliDatabases, runCli, runCliHere } from "./testing.js";

describe("zhoubao with a DATABASE_URL it cannot use", () => {
  it("says so once, in Chinese with its code, and exits 1 without a stack trace", () => {
    const r = runCli("mysql://db.example/zhoubao", ["issue", "list"]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe("错误 [store.bad-url]：无法识别的 DATABASE_URL：mysql://db.example/zhoubao。应为 postgres://… 或 SQLite 文件路径（可用 file: 前缀）。");
  });
});

describe.each(cliDatabases())("zhoubao CLI on $name", { timeout: 180_000 }, ({ create }) => {
  let db: string;
  beforeAll(async () => {
    db = await create();
  });

  // Real processes here; the other cases run main() in this process (runCliHere).
  it("an empty store has no issues and proposes a first one", () => {
    const r = runCli(db, ["issue", "list"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("还没有周报");
    expect(runCli(db, ["department", "list"]).stdout).toContain("共 29 个部门");
  });

  it("creates issues from a built-in template with the right numbers", async () => {
    let r = await runCliHere(db, ["issue", "new", "--template", "2022", "--year", "2022", "--seq", "44", "--total", "419", "--start", "2022-12-19", "--end", "2022-12-23", "--published-on", "2022-12-27"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    r = await runCliHere(db, ["issue", "new", "--seq", "45", "--total", "420", "--year", "2022", "--start", "2022-12-26", "--end", "2022-12-30"]);
    expect(r.code).toBe(0);
    r = await runCliHere(db, ["issue", "next", "--json"]);
    expect(JSON.parse(r.stdout)).toMatchObject({ year: 2023, seq: 1, total: 421, period: { start: "2023-01-03", end: "2023-01-06" } });
    r = await runCliHere(db, ["issue", "new"]);
    expect(r.stdout).toContain("2023年第1期（总第421期）");
    const facts = JSON.parse((await runCliHere(db, ["issue", "show", "2023-1", "--json"])).stdout);
    expect(facts.issue).toMatchObject({ year: 2023, seq: 1, total: 421, period: { start: "2023-01-03", end: "2023-01-06" } });
    expect(facts.sections[0]).toEqual({ level: 0, heading: "政务服务工作", kind: "part" });
    expect((await runCliHere(db, ["issue", "show", "2023-1"])).stdout).toContain("一、省级政务服务事项受理办理情况");
  });

  it.each([
    [["issue", "show", "2019-1"], "issue.not-found", "未找到2019年第1期"],
    [["issue", "show", "49"], "issue.bad-ref", "年份-期号"],
    [["issue", "new", "--seq", "2", "--total", "425"], "issue.numbering-broken", "编号不连续"],
    [["issue", "new", "--seq", "1", "--total", "500", "--year", "2023", "--start", "2023-01-09", "--end", "2023-01-13"], "issue.duplicate", "已存在"],
    [["issue", "new", "--start", "2023-01-13", "--end", "2023-01-09"], "period.invalid", "早于"],
    [["issue", "new", "--start", "2023-01-21", "--end", "2023-01-27"], "period.no-workday", "没有工作日"],
    [["issue", "new", "--template", "不存在的模板"], "input.bad-reference", "模板"],
    [["department", "resolve", "火星事务局"], "department.unknown", "未知的部门"],
  ])("refuses %j with %s and writes nothing", async (args, code, text) => {
    const before = (await runCliHere(db, ["issue", "list", "--json"])).stdout;
    const r = await runCliHere(db, args as string[]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`[${code}]`);
    expect(r.stderr).toContain(text);
    expect((await runCliHere(db, ["issue", "list", "--json"])).stdout).toBe(before);
  });

  it("resolves short department names", async () => {
    expect((await runCliHere(db, ["department", "resolve", "应急厅"])).stdout.trim()).toBe("应急管理厅");
  });

  it("backs the store up online", async () => {
    const file = `/tmp/zhoubao-backup-${process.pid}-${Math.random().toString(36).slice(2)}.bak`;
    const r = await runCliHere(db, ["db", "backup", file]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("已备份到");
    expect((await runCliHere(db, ["db", "backup", file])).stderr).toContain("[store.backup-failed]");
  });
});
