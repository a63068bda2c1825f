/**
 * DOCX benchmark (issue 16): median wall and CPU time to render each fixture issue and each
 * real issue of ../shared/samples (imported from its text) to DOCX. Target: ≤ 30 ms an issue.
 * CPU time is printed beside wall time because the DOCX is CPU work in this process: on the
 * shared 2-core machines other processes stretch the wall time, not what the render costs.
 * Run: node bin/run-ts.js bench/docxBench.ts
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { IssueDocument } from "../src/domain/index.js";
import { parseReportText } from "../src/ingest/report/index.js";
import { renderDocx } from "../src/render/index.js";
import { fixture2022, fixture2023 } from "../src/render/fixtures.js";

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The fixtures, then the real issues beside the checkout (none where ../shared is absent). */
function issues(): [string, IssueDocument][] {
  const dir = join(import.meta.dirname, "../../shared/samples");
  const samples = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".txt")).sort() : [];
  return [
    ["夹具 2022 版", fixture2022()],
    ["夹具 2023 版（含附件）", fixture2023()],
    ...samples.map((f): [string, IssueDocument] => [`样例 ${f.replace(/\.txt$/, "")}`, parseReportText(readFileSync(join(dir, f), "utf8")).doc]),
  ];
}

export type DocxBenchResult = { issue: string; wallMs: number; cpuMs: number };

/** Prints and returns the medians per issue. */
export async function run({ runs = 30 } = {}): Promise<DocxBenchResult[]> {
  const results: DocxBenchResult[] = [];
  for (const [issue, doc] of issues()) {
    for (let i = 0; i < 3; i++) await renderDocx(doc); // warm the code paths
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      const c = process.cpuUsage();
      const t = performance.now();
      await renderDocx(doc);
      wall.push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
    }
    const r = { issue, wallMs: median(wall), cpuMs: median(cpu) };
    results.push(r);
    console.log(`DOCX ${issue}：中位数 ${r.wallMs.toFixed(1)} ms，CPU 中位数 ${r.cpuMs.toFixed(1)} ms（目标 ≤ 30 ms）`);
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
