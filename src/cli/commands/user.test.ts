import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliDatabases, runCli, runCliHere, spawnCli } from "../testing.js";

const PASSWORD = "Liaison-Pass-2026\n";

/** Starts `zhoubao serve` on a free-ish port and returns its first lines of output. */
async function serveOnce(db: string): Promise<{ output: string; port: number; stop: () => Promise<void> }> {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawnCli(db, ["serve", "--port", String(port), "--host", "127.0.0.1"]);
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const started = Date.now();
  while (!output.includes("已启动") && Date.now() - started < 60_000) {
    if (child.exitCode !== null) throw new Error(`serve exited: ${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    output,
    port,
    stop: async () => {
      child.kill("SIGTERM");
      if (child.exitCode === null) await once(child, "exit");
    },
  };
}

describe.each(cliDatabases())("zhoubao user and first start on $name", ({ create }) => {
  let db: string;
  beforeAll(async () => {
    db = await create();
  });
  afterAll(() => undefined);

  // Real processes where standard input matters (--password-stdin) and for the exit status;
  // the rest in-process (runCliHere), which runs the same main().
  it("adds, lists and disables users; the password comes from standard input only", { timeout: 180_000 }, async () => {
    expect((await runCliHere(db, ["user", "list"])).stdout).toContain("还没有用户");
    let r = runCli(db, ["user", "add", "zhao", "--role", "editor", "--name", "赵编辑", "--password-stdin"], PASSWORD);
    expect([r.code, r.stdout.trim()]).toEqual([0, "已添加用户 zhao（编辑）。"]);
    r = runCli(db, ["user", "add", "qian", "--role", "liaison", "--department", "应急厅", "--password-stdin"], PASSWORD);
    expect(r.stdout).toContain("（窗口联络员，应急管理厅）");
    const cases: [string[], string | undefined, string][] = [
      [["user", "add", "sun", "--role", "editor"], undefined, "input.invalid"],
      [["user", "add", "sun", "--role", "editor", "--password-stdin"], "short\n", "input.invalid"],
      [["user", "add", "sun", "--role", "boss", "--password-stdin"], PASSWORD, "input.invalid"],
      [["user", "add", "sun", "--role", "liaison", "--password-stdin"], PASSWORD, "user.bad-role"],
      [["user", "add", "sun", "--role", "liaison", "--department", "不存在的局", "--password-stdin"], PASSWORD, "department.unknown"],
      [["user", "add", "zhao", "--role", "reader", "--password-stdin"], PASSWORD, "user.duplicate"],
      [["user", "disable", "nobody"], undefined, "user.not-found"],
    ];
    for (const [args, input, code] of cases) {
      const x = input === undefined ? await runCliHere(db, args) : runCli(db, args, input);
      expect([x.code, x.stderr]).toEqual([1, expect.stringContaining(`错误 [${code}]`)]);
    }
    expect((await runCliHere(db, ["user", "disable", "qian"])).stdout).toContain("已停用用户 qian");
    const list = JSON.parse((await runCliHere(db, ["user", "list", "--json"])).stdout);
    expect(list.map((u: { username: string; role: string; active: boolean; department: string | null }) => [u.username, u.role, u.active, u.department])).toEqual([
      ["qian", "liaison", false, "应急管理厅"],
      ["zhao", "editor", true, null],
    ]);
    expect((await runCliHere(db, ["user", "list", "--json"])).stdout).not.toContain("scrypt");
  });

  it("creates an admin with a generated password on first start, shown once", { timeout: 120_000 }, async () => {
    const fresh = await create();
    const first = await serveOnce(fresh);
    const m = /已创建管理员账户 (\S+)，初始密码：(\S+)/.exec(first.output);
    expect(m, first.output).not.toBeNull();
    const [, username, password] = m!;
    expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
    const base = `http://127.0.0.1:${first.port}`;
    const csrf = await fetch(`${base}/api/auth/csrf`);
    const token = (await csrf.json()).csrfToken as string;
    const login = await fetch(`${base}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-csrf-token": token, cookie: `zb_csrf=${token}` },
      body: JSON.stringify({ username, password }),
    });
    expect(login.status).toBe(200);
    expect((await login.json()).user).toMatchObject({ role: "admin", mustChangePassword: true });
    await first.stop();
    const second = await serveOnce(fresh);
    expect(second.output).not.toContain("初始密码");
    await second.stop();
  });
});
