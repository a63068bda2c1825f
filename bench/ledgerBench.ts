/**
 * `npm run bench:ledger`: a year of platform cases (22 million rows by default,
 * LEDGER_ROWS=200000 for a quick run) generated as CSV, imported into a fresh SQLite
 * store by `importLedger` in a process of its own (so that its peak memory is its own)
 * three times (LEDGER_RUNS), the median taken, then the year-to-date query timed, then
 * the same CSV loaded by `sqlite3 .import` into an equivalent table keyed by case
 * number, and the ratio printed.
 *
 * Targets (issue 8): 22 M rows ≤ 20 s, ratio ≥ 1.0, YTD ≤ 5 ms, peak memory ≤ 300 MB.
 *
 *   LEDGER_ROWS=200000 LEDGER_RUNS=1 npm run bench:ledger      (LEDGER_KEEP=1 keeps the files)
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { writeCaseExport } from "../src/ingest/ledger/generator.js";
import { importLedger } from "../src/ingest/ledger/importer.js";
import { openStore } from "../src/store/index.js";
import { sqliteImport } from "./sqliteImport.js";

const ROOT = resolve(import.meta.dirname, "..");
const TARGETS = { seconds22M: 20, ratio: 1.0, ytdMs: 5, rssMb: 300 };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n: number) => n.toLocaleString("zh-CN", { maximumFractionDigits: 1 });
const sec = (n: number) => n.toFixed(2);
const mark = (ok: boolean) => (ok ? "✓ 达标" : "✗ 未达标");

/** Child mode: import FILE into the SQLite store DB and print the figures as JSON. */
async function child(file: string, db: string): Promise<void> {
  const store = await openStore({ dialect: "sqlite", path: db });
  const center = await store.centers.default();
  await store.departments.seed(center.id);
  const baseMb = process.resourceUsage().maxRSS / 1024;
  const r = await importLedger(store, center.id, { ledger: "cases", file });
  await store.close();
  console.log(JSON.stringify({ seconds: r.seconds, rows: r.rows, inserted: r.inserted, rejected: r.rejected, baseMb, peakMb: process.resourceUsage().maxRSS / 1024 }));
}

async function timedImport(file: string, db: string) {
  const started = performance.now();
  const p = spawn(process.execPath, [join(ROOT, "bin/run-ts.js"), join(ROOT, "bench/ledgerBench.ts"), "--child", file, db], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  p.stdout.on("data", (d) => (out += d));
  const code = await new Promise<number | null>((r) => p.on("exit", r));
  if (code !== 0) throw new Error(`导入进程失败（退出码 ${code}）`);
  return { ...(JSON.parse(out.trim().split("\n").pop()!) as { seconds: number; rows: number; inserted: number; rejected: number; baseMb: number; peakMb: number }), wall: (performance.now() - started) / 1000 };
}

async function ytdTimes(db: string, year: number) {
  const store = await openStore({ dialect: "sqlite", path: db });
  const id = (await store.centers.default()).id;
  const times: number[] = [];
  for (let i = 0; i < 201; i++) {
    const asOf = `${year}-${String(1 + (i % 12)).padStart(2, "0")}-15`;
    const t = performance.now();
    await store.ledger.sums(id, `${year}-01-01`, asOf);
    times.push(performance.now() - t);
  }
  const sums = await store.ledger.sums(id, `${year}-01-01`, `${year}-12-31`);
  await store.close();
  return { median: median(times.slice(1)), max: Math.max(...times.slice(1)), sums };
}

async function main(): Promise<void> {
  const rows = Number(process.env.LEDGER_ROWS ?? 22_000_000);
  const dir = mkdtempSync(join(process.env.LEDGER_BENCH_DIR ?? tmpdir(), "zhoubao-ledger-bench-"));
  const csv = join(dir, "cases.csv");
  try {
    console.log(`生成 ${fmt(rows)} 行办件（2023 年）……`);
    let t = performance.now();
    const n = await writeCaseExport(csv, { year: 2023, rows, seed: 2023 });
    const mb = statSync(csv).size / 2 ** 20;
    console.log(`  ${fmt(n)} 行，${fmt(mb)} MB，用时 ${sec((performance.now() - t) / 1000)} 秒`);

    const runs = Math.max(1, Number(process.env.LEDGER_RUNS ?? 3));
    console.log(`导入 SQLite（zhoubao，单独进程，${runs} 次取中位数）……`);
    const all = [];
    for (let i = 0; i < runs; i++) {
      const db = join(dir, "zhoubao.db");
      for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
      const r = await timedImport(csv, db);
      if (r.rejected || r.inserted !== n) throw new Error(`导入结果不对：新增 ${r.inserted}，拒收 ${r.rejected}`);
      console.log(`  第 ${i + 1} 次：${sec(r.seconds)} 秒（连同进程启动 ${sec(r.wall)} 秒），内存峰值 ${fmt(r.peakMb)} MB（模块加载后 ${fmt(r.baseMb)} MB）`);
      all.push(r);
    }
    const ours = { seconds: median(all.map((r) => r.seconds)), wall: median(all.map((r) => r.wall)), peakMb: Math.max(...all.map((r) => r.peakMb)) };
    const perSecond = n / ours.seconds;
    console.log(`  中位数 ${sec(ours.seconds)} 秒（连同进程启动 ${sec(ours.wall)} 秒），${fmt(Math.round(perSecond))} 行/秒；内存峰值（各次最高）${fmt(ours.peakMb)} MB`);

    const ytd = await ytdTimes(join(dir, "zhoubao.db"), 2023);
    console.log(`  今年以来查询：中位数 ${ytd.median.toFixed(2)} ms，最慢 ${ytd.max.toFixed(2)} ms（200 次）`);

    console.log("sqlite3 .import 同一 CSV（以办件编号为主键的等价表）……");
    t = performance.now();
    const theirs = sqliteImport(csv, join(dir, "sqlite3.db"));
    // The import's own time here; `npm run bench -- start` compares `zhoubao import cases` end to end.
    const ratio = theirs === null ? null : theirs / ours.seconds;
    if (theirs !== null) console.log(`  ${sec(theirs)} 秒，${fmt(Math.round(n / theirs))} 行/秒`);

    const scaled = (ours.seconds * 22_000_000) / n;
    console.log("\n结果");
    console.log(`  导入速度     ${fmt(Math.round(perSecond))} 行/秒（${runs} 次中位数）；2200 万行 ${sec(scaled)} 秒（目标 ≤ ${TARGETS.seconds22M} 秒）${mark(scaled <= TARGETS.seconds22M)}${n < 22_000_000 ? "（按比例推算；行数少时线程启动等固定开销占比大）" : ""}`);
    if (ratio !== null && theirs !== null)
      console.log(`  对比 sqlite3  ${ratio.toFixed(2)} 倍（sqlite3 .import 用时 ÷ zhoubao 导入用时，目标 ≥ ${TARGETS.ratio}）${mark(ratio >= TARGETS.ratio)}；连同进程启动为 ${(theirs / ours.wall).toFixed(2)} 倍`);
    console.log(`  今年以来查询 ${ytd.median.toFixed(2)} ms（目标 ≤ ${TARGETS.ytdMs} ms）${mark(ytd.median <= TARGETS.ytdMs)}`);
    console.log(`  内存峰值     ${fmt(ours.peakMb)} MB（目标 ≤ ${TARGETS.rssMb} MB）${mark(ours.peakMb <= TARGETS.rssMb)}`);
  } finally {
    if (process.env.LEDGER_KEEP) console.log(`文件保留在 ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--child") await child(process.argv[3], process.argv[4]);
else await main();
