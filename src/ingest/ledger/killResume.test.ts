import { rmSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { cliDatabases, runCli, spawnCli } from "../../cli/testing.js";
import { ledgerYearSummary } from "../../services/ledgerSummarizer.js";
import { openStore, type Store } from "../../store/index.js";
import { writeCaseExport } from "./generator.js";
import { directYtd, generatedCases, scratch } from "./testing.js";

const OPTS = { year: 2023, rows: 400_000, seed: 17 };
const BATCH = 2_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Drops a test database made by cliDatabases (this one holds 400 000 cases). */
async function dropDatabase(db: string): Promise<void> {
  if (!db.startsWith("postgres")) return;
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${new URL(db).pathname.slice(1)} with (force)`);
  await admin.end();
}

async function figures(store: Store, centerId: number) {
  const sums = await store.ledger.sums(centerId, "2023-01-01", "2023-12-31");
  const recount = await store.ledger.recount(centerId, "2023-01-01", "2023-12-31");
  const key = (s: { category: string; measure: string; n: number }) => `${s.category}.${s.measure}=${s.n}`;
  return { sums: sums.map(key).sort(), recount: recount.filter((s) => s.n).map(key).sort() };
}

describe.each(cliDatabases())("an import killed mid-file on $name", ({ create }) => {
  it("leaves whole batches only, and a rerun completes it exactly", { timeout: 240_000 }, async () => {
    const db = await create();
    const dir = scratch();
    const file = join(dir, "2023.csv");
    const total = await writeCaseExport(file, OPTS);
    expect(runCli(db, ["department", "list"]).code).toBe(0); // creates the store, the center and its departments
    const store = await openStore(db);
    const centerId = (await store.centers.default()).id;
    try {
      const child = spawnCli(db, ["import", "cases", file, "--batch-size", String(BATCH)]);
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
      let stored = 0;
      for (let i = 0; i < 6000 && stored < 3 * BATCH; i++) {
        await sleep(10);
        stored = await store.ledger.rowCount(centerId, "cases");
      }
      child.kill("SIGKILL");
      expect(await exited).toBe("SIGKILL");

      // Whole batches only, the rollups agree with the rows, the log shows the committed batches.
      stored = await store.ledger.rowCount(centerId, "cases");
      expect(stored).toBeGreaterThan(0);
      expect(stored).toBeLessThan(total);
      expect(stored % BATCH).toBe(0);
      const killed = await figures(store, centerId);
      expect(killed.sums).toEqual(killed.recount);
      // The killed import is marked interrupted (its process is gone), in the store, the command and the API's figures.
      const [log] = await store.ledger.imports(centerId);
      expect(log).toMatchObject({ status: "interrupted", inserted: stored, batches: stored / BATCH, finishedAt: null });
      expect(runCli(db, ["stats", "imports"]).stdout).toMatch(/2023\.csv 中断：/);
      const warning = `办件数据导入“2023.csv”（第 ${log.id} 次导入）已中断，只存入了 ${stored} 条，数字不完整；请重新导入该文件补全。`;
      const partial = runCli(db, ["stats", "ytd", "--as-of", "2023-12-15", "--json"]);
      expect(partial.code).toBe(0);
      expect(partial.stderr).toContain(`注意：${warning}`);
      expect((await ledgerYearSummary(store, centerId, 2023)).warnings).toEqual([warning]);

      const rerun = runCli(db, ["import", "cases", file, "--json"]);
      expect(rerun.stderr).toBe("");
      expect(JSON.parse(rerun.stdout)).toMatchObject({ rows: total, inserted: total - stored, unchanged: stored, rejected: 0 });
      expect(await store.ledger.rowCount(centerId, "cases")).toBe(total);
      const done = await figures(store, centerId);
      expect(done.sums).toEqual(done.recount);
      const after = runCli(db, ["stats", "ytd", "--as-of", "2023-12-15", "--json"]);
      expect(after.stderr).toBe("");
      expect((await ledgerYearSummary(store, centerId, 2023)).warnings).toEqual([]);
      expect((await store.ledger.imports(centerId)).map((l) => l.status)).toEqual(["done", "interrupted"]);
      const ytd = JSON.parse(after.stdout);
      expect(ytd).toEqual({ scope: "省本级", from: "2023-01-01", asOf: "2023-12-15", ...directYtd(generatedCases(OPTS), "2023-12-15") });
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
      await dropDatabase(db);
    }
  });

  it("refuses a bad file from the command line with a Chinese message and its code", async () => {
    const db = await create();
    const r = runCli(db, ["import", "cases", "/nonexistent/办件.csv"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("错误 [ledger.bad-file]：找不到文件");
    const m = runCli(db, ["import", "desk", "/dev/null", "--map", "火星=列"]);
    expect(m.stderr).toContain("[ledger.bad-mapping]");
  });
});
