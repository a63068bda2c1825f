import { afterAll, describe, expect, it } from "vitest";
import { execFileSync, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { BIN, cliDatabases, runCli, spawnCli } from "../src/cli/testing.js";
import { writeCaseExport } from "../src/ingest/ledger/generator.js";
import { DEMO_LAST_PERIOD_END } from "../src/demo/demoArchive.js";

/** Waits until the server prints that it listens (or fails after `ms`). */
function started(p: ChildProcess, ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`服务未在 ${ms} ms 内启动：${out}`)), ms);
    p.stdout!.on("data", (b) => {
      out += String(b);
      if (out.includes("已启动")) {
        clearTimeout(timer);
        resolve(out);
      }
    });
    p.stderr!.on("data", (b) => (out += String(b)));
    p.on("exit", (c) => reject(new Error(`服务退出（${c}）：${out}`)));
  });
}

describe.each(cliDatabases())("serve --demo on $name", ({ create }) => {
  const procs: ChildProcess[] = [];
  afterAll(() => procs.forEach((p) => p.kill()));

  it("serves the demo center within a minute, and `issue next` proposes the week after the demo", async () => {
    const db = await create();
    const port = 18000 + Math.floor(Math.random() * 2000);
    const p = spawnCli(db, ["serve", "--demo", "--port", String(port), "--host", "127.0.0.1"]);
    procs.push(p);
    const t0 = Date.now();
    const out = await started(p, 60_000);
    expect(Date.now() - t0).toBeLessThan(60_000);
    expect(out).toMatch(/已写入演示数据：\d+ 期周报/);
    const res = await fetch(`http://127.0.0.1:${port}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("窗口工作周报");
    p.kill();
    expect(DEMO_LAST_PERIOD_END).toBe("2026-11-13");
    const next = JSON.parse(runCli(db, ["issue", "next", "--json"]).stdout);
    expect(next).toMatchObject({ year: 2026, period: { start: "2026-11-16", end: "2026-11-20" } });
    const last = JSON.parse(runCli(db, ["issue", "list", "--json"]).stdout)[0];
    expect(next.seq).toBe(last.seq + 1);
    expect(next.total).toBe(last.total + 1);
  }, 120_000);
});

describe("the compiled command", () => {
  it("rebuilds dist/ from any working directory, and runs from there (the vendored package resolves from the project)", async () => {
    const compiled = new URL("../bin/compiled.js", import.meta.url).href;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", `const r = await (await import(${JSON.stringify(compiled)})).buildDist(); console.log(r.bundles);`], {
      cwd: tmpdir(),
      encoding: "utf8",
    });
    // The command and the report and ledger reading threads at least.
    expect(Number(out.trim())).toBeGreaterThanOrEqual(3);
    const db = join(mkdtempSync(join(tmpdir(), "zhoubao-dist-")), "z.db");
    const list = spawnSync(process.execPath, [BIN, "issue", "list"], { cwd: tmpdir(), env: { ...process.env, DATABASE_URL: db }, encoding: "utf8" });
    expect(list.stderr).toBe("");
    expect(list.stdout).toContain("还没有周报");
  });

  // Files of 32 MB and more are read on a thread of their own, which starts from its own
  // bundle in dist/ (the in-process tests run the TypeScript, so only a process shows it).
  it.skipIf(availableParallelism() < 2)("reads a ledger of 32 MB on its reading thread, from that thread's bundle", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zhoubao-big-ledger-"));
    const csv = join(dir, "cases.csv");
    const rows = await writeCaseExport(csv, { year: 2025, rows: 300_000, seed: 7 });
    expect(statSync(csv).size).toBeGreaterThan(32 << 20);
    const r = runCli(join(dir, "z.db"), ["import", "cases", csv, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ rows, inserted: rows, rejected: 0 });
  }, 120_000);
});
