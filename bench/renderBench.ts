/**
 * Render benchmark (issue 3): median time to render each fixture issue to DOCX and to PDF,
 * the browser warm (launched before timing). Targets on the 2-core machines: DOCX ≤ 30 ms,
 * PDF ≤ 1 s.  Run: node bin/run-ts.js bench/renderBench.ts
 */
import { pathToFileURL } from "node:url";
import { closeRenderer, renderDocx, renderPdf } from "../src/render/index.js";
import { fixture2022, fixture2023 } from "../src/render/fixtures.js";

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function time(n: number, fn: () => Promise<unknown>): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    runs.push(performance.now() - t);
  }
  return median(runs);
}

export type RenderBenchResult = { issue: string; docxMs: number; pdfMs: number };

/** Prints and returns the medians per issue. */
export async function run({ docxRuns = 30, pdfRuns = 7 } = {}): Promise<RenderBenchResult[]> {
  const results: RenderBenchResult[] = [];
  try {
    for (const [issue, doc] of [["2022-31（2022 版）", fixture2022()], ["2023-49（2023 版，含附件）", fixture2023()]] as const) {
      await renderDocx(doc); // warm the code paths
      await renderPdf(doc); // launches chromium once, outside the timing
      const docxMs = await time(docxRuns, () => renderDocx(doc));
      const pdfMs = await time(pdfRuns, () => renderPdf(doc));
      results.push({ issue, docxMs, pdfMs });
      console.log(
        `排版 ${issue}：DOCX 中位数 ${docxMs.toFixed(1)} ms（目标 ≤ 30 ms）；PDF 中位数 ${pdfMs.toFixed(0)} ms（目标 ≤ 1000 ms，浏览器已预热）`,
      );
    }
  } finally {
    await closeRenderer();
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
