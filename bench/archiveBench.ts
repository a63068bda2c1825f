/**
 * Benchmark of the archive search (GET /api/archive/search, 往期归档): 1,000 generated
 * issues (about 20 years of one center, as bench/importBench.ts makes them) in a fresh
 * SQLite store, then the median time of each kind of query a clerk types, over 9 runs.
 * Target: ≤ 300 ms per search, so that searching feels immediate.
 *
 *   node bin/run-ts.js bench/archiveBench.ts
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseReportText } from "../src/ingest/report/index.js";
import { saveImportedIssue } from "../src/ingest/report/save.js";
import { FIXTURES, casesIn } from "../src/ingest/report/testing/fixtures.js";
import { searchArchive, type ArchiveSearch } from "../src/services/archiveSearcher.js";
import { openStore } from "../src/store/index.js";
import { generatedReports } from "./importBench.js";

const RUNS = 9;
const TARGET_MS = 300;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run(): Promise<{ worstMedianMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), "zhoubao-archive-bench-"));
  const store = await openStore({ dialect: "sqlite", path: join(dir, "bench.db") });
  try {
    const center = await store.centers.default();
    await store.departments.seed(center.id);
    const registry = await store.departments.registry(center.id);
    const texts = generatedReports(casesIn(FIXTURES));
    for (const [i, text] of texts.entries())
      await saveImportedIssue(store, center.id, parseReportText(text, { registry, issuer: center.name }).doc, { file: `g${i}.txt` });
    const actor = { centerId: center.id, role: "editor" };
    const queries: [string, ArchiveSearch][] = [
      ["常见词（几乎每期都有）", { words: "窗口" }],
      ["两个词", { words: "窗口 办理" }],
      ["无命中的词", { words: "量子链帮办" }],
      ["部门", { words: "", department: "省市场监管局" }],
      ["栏目类型 + 一年", { words: "", kind: "window-counts", from: "2023-01-01", to: "2023-12-31" }],
    ];
    console.log(`archive search over ${texts.length} issues (SQLite), median of ${RUNS} runs:`);
    let worst = 0;
    for (const [label, q] of queries) {
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        total = (await searchArchive(store, actor, q)).total;
        times.push(performance.now() - t0);
      }
      const ms = median(times);
      worst = Math.max(worst, ms);
      console.log(`  ${label.padEnd(14)} ${String(total).padStart(5)} 期命中  ${ms.toFixed(1)} ms`);
    }
    console.log(`  slowest median ${worst.toFixed(1)} ms; target ≤ ${TARGET_MS} ms ${worst <= TARGET_MS ? "✓" : "✗"}`);
    return { worstMedianMs: worst };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
