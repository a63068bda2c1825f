import { afterAll, describe, expect, it } from "vitest";
import type { ChildProcess } from "node:child_process";
import { cliDatabases, runCli, spawnCli } from "../src/cli/testing.js";
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
  it("rebuilds dist/ from any working directory (the vendored packages resolve from the project)", async () => {
    const { execFileSync } = await import("node:child_process");
    const { tmpdir } = await import("node:os");
    const compiled = new URL("../bin/compiled.js", import.meta.url).href;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", `const r = await (await import(${JSON.stringify(compiled)})).buildDist(); console.log(r.files);`], {
      cwd: tmpdir(),
      encoding: "utf8",
    });
    expect(Number(out.trim())).toBeGreaterThan(100);
  });
});
