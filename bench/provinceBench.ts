/**
 * `npm run bench -- province`: a province of PROVINCE_CENTERS centers (default 200: one
 * province center, 21 cities, the rest counties) × PROVINCE_CASES cases each (default
 * 50 000, a year), imported by `importLedger` into a fresh SQLite file and a fresh
 * PostgreSQL database (TEST_DATABASE_URL; PROVINCE_DIALECTS=sqlite to leave it out). Then,
 * medians of PROVINCE_RUNS runs (default 51):
 *   - the province roll-up (provinceRollupAsOf over every center)     target ≤ 50 ms
 *   - one center's YTD (store.ledger.sums, and platformStatsAsOf)       target ≤ 5 ms
 *   - one center's weekly queries (platformStatsAsOf + windowCountsFor), alone and while
 *     another center imports PROVINCE_IMPORT_ROWS rows (default 1 000 000) in a separate
 *     `zhoubao import cases` process.
 *
 *   PROVINCE_CENTERS=20 PROVINCE_CASES=5000 PROVINCE_IMPORT_ROWS=100000 npm run bench -- province
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { writeCaseExport, writeDeskExport } from "../src/ingest/ledger/generator.js";
import { importLedger } from "../src/ingest/ledger/importer.js";
import { provinceRollupAsOf } from "../src/services/provinceSummarizer.js";
import { platformStatsAsOf, windowCountsFor } from "../src/services/statsFiller.js";
import { openStore, type Store } from "../src/store/index.js";
import { median } from "./processUsage.js";

const ROOT = resolve(import.meta.dirname, "..");
const env = (name: string, fallback: number) => Math.max(1, Number(process.env[name] ?? fallback));
const CENTERS = env("PROVINCE_CENTERS", 200);
const CASES = env("PROVINCE_CASES", 50_000);
const RUNS = env("PROVINCE_RUNS", 51);
const IMPORT_ROWS = env("PROVINCE_IMPORT_ROWS", 1_000_000);
const YEAR = 2025;
const AS_OF = "2025-12-12";
const WEEK = { start: "2025-12-08", end: "2025-12-12" };
/** Distinct exports, used round robin: generating 200 would take longer than importing them. */
const FILES = Math.min(CENTERS, 8);
const TARGETS = { rollupMs: 50, ytdMs: 5 };

const ms = (n: number) => `${n.toFixed(2)} ms`;
const mark = (ok: boolean) => (ok ? "✓ 达标" : "✗ 未达标");

/** Times `fn` RUNS times after one warm-up; the median in ms. */
async function timed(fn: () => Promise<unknown>, runs = RUNS): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** The tree: the province center, 21 cities under it, the other centers spread over the cities. */
async function makeCenters(store: Store): Promise<number[]> {
  const province = await store.centers.create("510000", "四川省政务服务和公共资源交易服务中心");
  const ids = [province.id];
  const cities: number[] = [];
  for (let i = 1; i < CENTERS; i++) {
    const city = cities.length < 21;
    const code = city ? String(510000 + 100 * (i + 0)) : String(520000 + i);
    const c = await store.centers.create(code, city ? `市级中心 ${i}` : `县级中心 ${i}`, {}, city ? province.id : cities[i % cities.length]);
    if (city) cities.push(c.id);
    ids.push(c.id);
  }
  for (const id of ids) await store.departments.seed(id);
  return ids;
}

/** Runs `zhoubao import cases FILE` for the center CODE in its own process. */
function importProcess(db: string, code: string, file: string): Promise<void> {
  const p = spawn(process.execPath, [join(ROOT, "bin/zhoubao.js"), "import", "cases", file, "--json"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: db, ZHOUBAO_CENTER: code },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return new Promise((ok, fail) => p.on("exit", (c) => (c === 0 ? ok() : fail(new Error(`导入进程退出码 ${c}`)))));
}

async function freshPostgres(url: string): Promise<{ db: string; drop: () => Promise<void> }> {
  const name = `zb_bench_${process.pid}`;
  const admin = async (q: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(q).finally(() => c.end());
  };
  await admin(`drop database if exists ${name} with (force)`);
  await admin(`create database ${name}`);
  const db = Object.assign(new URL(url), { pathname: `/${name}` }).toString();
  return { db, drop: () => admin(`drop database if exists ${name} with (force)`) };
}

async function benchOne(dialect: "sqlite" | "postgres", db: string, files: string[], desk: string, big: string): Promise<void> {
  console.log(`\n-- ${dialect} --`);
  const store = await openStore(db);
  try {
    const ids = await makeCenters(store);
    let t = performance.now();
    const perCenter: number[] = [];
    for (const [i, id] of ids.entries()) {
      const s = performance.now();
      await importLedger(store, id, { ledger: "cases", file: files[i % files.length] });
      perCenter.push(performance.now() - s);
      if ((i + 1) % 50 === 0) console.log(`  已导入 ${i + 1} 个中心……`);
    }
    const seconds = (performance.now() - t) / 1000;
    const rows = ids.length * CASES;
    console.log(`  导入 ${ids.length} 个中心 × ${CASES.toLocaleString("zh-CN")} 件：${seconds.toFixed(1)} 秒，${Math.round(rows / seconds).toLocaleString("zh-CN")} 行/秒，每个中心中位数 ${ms(median(perCenter))}`);
    const [root, one, other] = [ids[0], ids[Math.floor(ids.length / 2)], ids.at(-1)!];
    await importLedger(store, one, { ledger: "desk", file: desk });

    const rollup = await timed(() => provinceRollupAsOf(store, root, AS_OF));
    const ytdSums = await timed(() => store.ledger.sums(one, `${YEAR}-01-01`, AS_OF));
    const ytdFacts = await timed(() => platformStatsAsOf(store, one, AS_OF));
    const weekly = () => Promise.all([platformStatsAsOf(store, one, WEEK.end), windowCountsFor(store, one, WEEK)]);
    const alone = await timed(weekly);

    // While another center imports in its own process: sample until it ends.
    const code = (await store.centers.byId(other)).code;
    const during: number[] = [];
    let running = true;
    t = performance.now();
    const child = importProcess(db, code, big).finally(() => (running = false));
    while (running) {
      const s = performance.now();
      await weekly();
      during.push(performance.now() - s);
      await new Promise((r) => setTimeout(r, 5));
    }
    await child;
    const importS = (performance.now() - t) / 1000;

    console.log(`  全省汇总（${ids.length} 个中心）  中位数 ${ms(rollup)}（目标 ≤ ${TARGETS.rollupMs} ms）${mark(rollup <= TARGETS.rollupMs)}`);
    console.log(`  一个中心今年以来（sums）  中位数 ${ms(ytdSums)}（目标 ≤ ${TARGETS.ytdMs} ms）${mark(ytdSums <= TARGETS.ytdMs)}`);
    console.log(`  一个中心今年以来（platformStatsAsOf，含覆盖范围与未完成导入的检查）  中位数 ${ms(ytdFacts)}`);
    console.log(`  一个中心本周数字（platformStats + windowCounts）  单独 中位数 ${ms(alone)}`);
    console.log(`  同上，另一中心导入 ${IMPORT_ROWS.toLocaleString("zh-CN")} 行期间（${importS.toFixed(1)} 秒，${during.length} 次）  中位数 ${ms(median(during))}，最慢 ${ms(Math.max(...during))}`);
  } finally {
    await store.close();
  }
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(process.env.LEDGER_BENCH_DIR ?? tmpdir(), "zhoubao-province-bench-"));
  const dialects = (process.env.PROVINCE_DIALECTS ?? "sqlite,postgres").split(",");
  try {
    console.log(`生成 ${FILES} 份各 ${CASES.toLocaleString("zh-CN")} 件的办件导出、一份综窗台账和一份 ${IMPORT_ROWS.toLocaleString("zh-CN")} 件的导出……`);
    const files = await Promise.all(
      Array.from({ length: FILES }, async (_, i) => {
        const f = join(dir, `cases-${i}.csv`);
        await writeCaseExport(f, { year: YEAR, rows: CASES, seed: 1000 + i, asOf: AS_OF });
        return f;
      }),
    );
    const desk = join(dir, "desk.csv");
    await writeDeskExport(desk, { year: YEAR, rows: 20_000, seed: 5, asOf: AS_OF });
    const big = join(dir, "big.csv");
    await writeCaseExport(big, { year: YEAR, rows: IMPORT_ROWS, seed: 99, asOf: AS_OF });

    if (dialects.includes("sqlite")) await benchOne("sqlite", join(dir, "province.db"), files, desk, big);
    const url = process.env.TEST_DATABASE_URL;
    if (dialects.includes("postgres")) {
      if (!url) console.log("\n未设置 TEST_DATABASE_URL：跳过 PostgreSQL。");
      else {
        const { db, drop } = await freshPostgres(url);
        try {
          await benchOne("postgres", db, files, desk, big);
        } finally {
          await drop();
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
