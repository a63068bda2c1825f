import { execFile, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { inject } from "vitest";
import { PASSWORD } from "./accounts.js";

const ROOT = resolve(import.meta.dirname, "../..");
const BIN = join(ROOT, "bin/zhoubao.js");

type CliResult = { code: number; stdout: string; stderr: string };
export type Server = {
  url: string;
  db: string;
  adminPassword: string;
  stop(): Promise<void>;
  cli(args: string[], input?: string): CliResult;
  /** The same CLI without blocking the test's process: several may run at once. */
  cliAsync(args: string[], input?: string): Promise<CliResult>;
};

export { PASSWORD };

/**
 * Starts `zhoubao serve --demo` on a copy of the run's browser-test store (the demo
 * archive, its generated administrator and the test accounts, e2e/web/accounts.ts) on a
 * free port, and gives a CLI bound to the same store.
 */
export async function startServer(): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), "zhoubao-web-"));
  const db = join(dir, "z.db");
  const template = inject("webTemplate");
  copyFileSync(template.file, db);
  // The background loop checks every second, so that a reminder or a webhook call shows without a 15 s wait.
  const env = { ...process.env, DATABASE_URL: db, ZHOUBAO_BACKGROUND_SECONDS: "1" };
  const port = 20000 + Math.floor(Math.random() * 20000);
  const proc: ChildProcess = spawn(process.execPath, [BIN, "serve", "--demo", "--port", String(port), "--host", "127.0.0.1"], { cwd: ROOT, env });
  await new Promise<void>((ok, fail) => {
    let text = "";
    const timer = setTimeout(() => fail(new Error(`服务未在 90 秒内启动：${text}`)), 90_000);
    proc.stdout!.on("data", (b) => {
      text += String(b);
      if (text.includes("已启动")) (clearTimeout(timer), ok());
    });
    proc.stderr!.on("data", (b) => (text += String(b)));
    proc.on("exit", (c) => (clearTimeout(timer), fail(new Error(`服务退出（${c}）：${text}`))));
  });
  const cli = (args: string[], input?: string) => {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env, input, encoding: "utf8", timeout: 120_000 });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  };
  const cliAsync = (args: string[], input?: string) =>
    new Promise<CliResult>((done) => {
      const child = execFile(process.execPath, [BIN, ...args], { cwd: ROOT, env, encoding: "utf8", timeout: 120_000 }, (err, stdout, stderr) =>
        done({ code: err ? (typeof err.code === "number" ? err.code : -1) : 0, stdout, stderr }),
      );
      child.stdin!.end(input ?? "");
    });
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    adminPassword: template.adminPassword,
    cli,
    cliAsync,
    stop: async () => {
      if (proc.exitCode === null) {
        proc.kill("SIGTERM");
        await new Promise((r) => proc.once("exit", r));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const userAddArgs = (username: string, role: string, opts: { department?: string; name?: string }) => [
  "user", "add", username, "--role", role, "--password-stdin", ...(opts.name ? ["--name", opts.name] : []), ...(opts.department ? ["--department", opts.department] : []),
];

/** `zhoubao user add NAME --role ROLE [--department D] --password-stdin`, failing loudly. */
export function addUser(s: Server, username: string, role: string, opts: { department?: string; name?: string } = {}): void {
  const r = s.cli(userAddArgs(username, role, opts), `${PASSWORD}\n`);
  if (r.code !== 0) throw new Error(`添加用户 ${username} 失败：${r.stderr}${r.stdout}`);
}

/**
 * `addUser` for several accounts at once: each is its own CLI process (about a second of
 * start-up), so they run side by side instead of one after another.
 */
export async function addUsers(s: Server, users: { username: string; role: string; department?: string; name?: string }[]): Promise<void> {
  await Promise.all(
    users.map(async ({ username, role, ...opts }) => {
      const r = await s.cliAsync(userAddArgs(username, role, opts), `${PASSWORD}\n`);
      if (r.code !== 0) throw new Error(`添加用户 ${username} 失败：${r.stderr}${r.stdout}`);
    }),
  );
}
