import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { createDatabaseFrom, emptyTemplate } from "../store/testing.js";

export const ROOT = resolve(import.meta.dirname, "../..");
export const BIN = join(ROOT, "bin/zhoubao.js");

export type CliResult = { code: number; stdout: string; stderr: string };

/** Runs `zhoubao ARGS` as a real process against DATABASE_URL = `db`. */
export function runCli(db: string, args: string[], input?: string): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: db },
    input,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Runs `zhoubao ARGS` inside the test's process: the same main() as bin/zhoubao.js, with
 * the output captured. For the many cases of a command; each command group keeps real
 * processes (runCli) for what only a process shows — the entry, exit status, stdin.
 */
export async function runCliHere(db: string, args: string[]): Promise<CliResult> {
  const [{ main }, { createContext }] = await Promise.all([import("./main.js"), import("./context.js")]);
  const out = { stdout: "", stderr: "" };
  const line = (t: string) => (t.endsWith("\n") ? t : `${t}\n`);
  const ctx = { ...createContext({ ...process.env, DATABASE_URL: db }), out: (t: string) => void (out.stdout += line(t)), err: (t: string) => void (out.stderr += line(t)) };
  // Commands report failure through process.exitCode too (check): read it, then restore it.
  const saved = process.exitCode;
  process.exitCode = undefined;
  try {
    const code = await main(["node", "zhoubao", ...args], ctx);
    return { code: code || Number(process.exitCode ?? 0), ...out };
  } finally {
    process.exitCode = saved;
  }
}

/** The same, without blocking the test's event loop (for long imports, servers). */
export function spawnCli(db: string, args: string[]) {
  return spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: db } });
}

/** DATABASE_URLs the CLI tests run on: a fresh SQLite file, and a fresh PostgreSQL database. */
export function cliDatabases(): { name: string; create: () => Promise<string> }[] {
  const out = [{ name: "sqlite", create: async () => join(mkdtempSync(join(tmpdir(), "zhoubao-cli-")), "z.db") }];
  const url = process.env.TEST_DATABASE_URL;
  if (url)
    out.push({
      name: "postgres",
      create: async () => {
        // Copied from the suite's empty migrated template when there is one (migrating anew
        // costs a second), and named after it: the suite's teardown drops what starts with
        // the template's name (server/demoTemplates.ts).
        const template = await emptyTemplate();
        const name = `${template ?? "zb"}_cli_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await (template ? createDatabaseFrom(c, name, template) : c.query(`create database ${name}`));
        await c.end();
        const u = new URL(url);
        u.pathname = `/${name}`;
        return u.toString();
      },
    });
  return out;
}
