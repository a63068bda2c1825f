/**
 * Start-up benchmark (issue 17): what the `zhoubao` command costs as a whole process, the
 * median of 5 runs — `node -e 0` for scale, `zhoubao --help`, `zhoubao issue list` on an
 * empty store; how long `zhoubao serve` takes to answer; `zhoubao render --format pdf`
 * beside LibreOffice converting the same issue's DOCX; and `zhoubao import cases` of a
 * 1 M-row export end to end (START_IMPORT_ROWS), median of 3, beside `sqlite3 .import`.
 * Targets on 2 cores: --help ≤ 0.3 s CPU and ≤ 100 MB, issue list ≤ 0.6 s CPU, serve
 * answering ≤ 1 s, the import at least as fast as sqlite3 with a peak ≤ 300 MB.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { seedDemo } from "../src/demo/seedDemo.js";
import { issueRef } from "../src/domain/model/issueRef.js";
import { writeCaseExport } from "../src/ingest/ledger/generator.js";
import { defaultChromium, FULL_CHROMIUM } from "../src/render/pdf/browser.js";
import { openStore } from "../src/store/index.js";
import { hasSoffice, officeConverter } from "./officeConvert.js";
import { median, medianUsage, type ProcessUsage } from "./processUsage.js";
import { sqliteImport } from "./sqliteImport.js";

const BIN = resolve(import.meta.dirname, "../bin/zhoubao.js");
const mark = (ok: boolean) => (ok ? "✓ 达标" : "✗ 未达标");
const line = (what: string, u: ProcessUsage) => `${what.padEnd(22)} CPU ${u.cpuS.toFixed(2)} 秒，内存峰值 ${Math.round(u.peakMb)} MB，用时 ${u.wallS.toFixed(2)} 秒`;

/** Seconds from spawning `zhoubao serve` to its first answer on /healthz. */
async function serveAnswers(db: string, port: number): Promise<number> {
  const started = performance.now();
  const p = spawn(process.execPath, [BIN, "serve", "--port", String(port), "--host", "127.0.0.1"], { env: { ...process.env, DATABASE_URL: db }, stdio: "ignore" });
  try {
    for (;;) {
      if (p.exitCode !== null) throw new Error(`zhoubao serve 退出（退出码 ${p.exitCode}）`);
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
      if (ok) return (performance.now() - started) / 1000;
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    p.kill();
    await new Promise((r) => p.once("exit", r));
  }
}

async function importVersusSqlite(dir: string): Promise<void> {
  const rows = Number(process.env.START_IMPORT_ROWS ?? 1_000_000);
  const csv = join(dir, "cases.csv");
  await writeCaseExport(csv, { year: 2023, rows, seed: 2023 });
  const ours: ProcessUsage[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < 3; i++) {
    ours.push(await medianUsage(1, [BIN, "import", "cases", csv, "--json"], { DATABASE_URL: join(dir, `import-${i}.db`) }));
    const s = sqliteImport(csv, join(dir, `sqlite3-${i}.db`));
    if (s === null) return;
    theirs.push(s);
  }
  const wall = median(ours.map((u) => u.wallS));
  const peak = Math.max(...ours.map((u) => u.peakMb));
  const sqlite = median(theirs);
  console.log(`zhoubao import cases（${rows.toLocaleString("zh-CN")} 行，整个进程，3 次中位数）${wall.toFixed(2)} 秒，内存峰值（最高）${Math.round(peak)} MB ${mark(peak <= 300)}`);
  console.log(`sqlite3 .import 同一文件（以办件编号为主键）${sqlite.toFixed(2)} 秒；对比 ${(sqlite / wall).toFixed(2)} 倍（sqlite3 用时 ÷ zhoubao 用时，目标 ≥ 1）${mark(sqlite / wall >= 1)}`);
}

/**
 * `zhoubao render REF --format pdf` as a whole process (start, store, chromium, fonts,
 * the PDF), median of 3, beside LibreOffice converting the DOCX of the same issue.
 */
async function renderVersusOffice(dir: string): Promise<void> {
  const db = join(dir, "demo.db");
  const store = await openStore({ dialect: "sqlite", path: db });
  let ref: string;
  try {
    const center = await store.centers.default();
    await seedDemo(store, center.id);
    ref = issueRef((await store.issues.latest(center.id))!);
  } finally {
    await store.close();
  }
  const out = (ext: string) => ["render", ref, "--format", ext, "--out", join(dir, `issue.${ext}`)];
  const pdf = await medianUsage(3, [BIN, ...out("pdf")], { DATABASE_URL: db });
  if (pdf.code !== 0) throw new Error(`zhoubao render 退出码 ${pdf.code}`);
  const note = "CPU 为 zhoubao 进程本身，不含 Chromium 子进程";
  console.log(`${line(`zhoubao render ${ref} --format pdf`, pdf)}（3 次中位数，${note}；Chromium：${defaultChromium()}）`);
  if (defaultChromium() !== FULL_CHROMIUM && existsSync(FULL_CHROMIUM)) {
    const full = await medianUsage(3, [BIN, ...out("pdf")], { DATABASE_URL: db, ZHOUBAO_CHROMIUM: FULL_CHROMIUM });
    console.log(`${line("  同上，用完整的 chromium", full)}（3 次中位数；Chromium：${FULL_CHROMIUM}）`);
  }
  if (!hasSoffice()) return console.log("未找到 LibreOffice（soffice），跳过对比：apt-get install libreoffice-writer-nogui");
  await medianUsage(1, [BIN, ...out("docx")], { DATABASE_URL: db });
  const office = officeConverter();
  try {
    const docx = readFileSync(join(dir, "issue.docx"));
    office.convert(docx); // LibreOffice's profile is made by a first, untimed conversion
    const walls: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      office.convert(docx);
      walls.push((performance.now() - started) / 1000);
    }
    const lo = median(walls);
    console.log(`LibreOffice 转换同一期的 DOCX 为 PDF ${lo.toFixed(2)} 秒（3 次中位数）；zhoubao render 用时为其 ${(pdf.wallS / lo).toFixed(2)} 倍`);
  } finally {
    office.close();
  }
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "zhoubao-start-bench-"));
  const db = join(dir, "empty.db");
  try {
    await medianUsage(1, [BIN, "db", "migrate"], { DATABASE_URL: db }); // creates the store; rebuilds dist/ if stale
    const node = await medianUsage(5, ["-e", "0"]);
    console.log(line("node -e 0", node));
    const help = await medianUsage(5, [BIN, "--help"]);
    console.log(`${line("zhoubao --help", help)}（目标 ≤ 0.3 秒、≤ 100 MB）${mark(help.cpuS <= 0.3 && help.peakMb <= 100)}`);
    const list = await medianUsage(5, [BIN, "issue", "list"], { DATABASE_URL: db });
    console.log(`${line("zhoubao issue list（空库）", list)}（目标 ≤ 0.6 秒）${mark(list.cpuS <= 0.6)}`);
    const serves: number[] = [];
    for (let i = 0; i < 5; i++) serves.push(await serveAnswers(db, 18_300 + i));
    console.log(`zhoubao serve 启动到首次响应 ${median(serves).toFixed(2)} 秒（5 次中位数，目标 ≤ 1 秒）${mark(median(serves) <= 1)}`);
    await renderVersusOffice(dir);
    await importVersusSqlite(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
