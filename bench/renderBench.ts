/**
 * Render benchmark: median time to render each fixture issue to DOCX and to PDF, the
 * browser warm (launched before timing), and beside it LibreOffice converting the same
 * DOCX to PDF (soffice --headless --convert-to pdf). Targets on the 2-core machines:
 * DOCX ≤ 30 ms, PDF ≤ 1 s and at least 3× faster than LibreOffice.
 * Run: node bin/run-ts.js bench/renderBench.ts
 */
import { pathToFileURL } from "node:url";
import { closeRenderer, renderDocx, renderPdf } from "../src/render/index.js";
import { fixture2022, fixture2023 } from "../src/render/fixtures.js";
import { hasSoffice, officeConverter } from "./officeConvert.js";

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function time(n: number, fn: () => unknown): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    runs.push(performance.now() - t);
  }
  return median(runs);
}

export type RenderBenchResult = { issue: string; docxMs: number; pdfMs: number; officeMs: number | null };

/** Prints and returns the medians per issue. */
export async function run({ docxRuns = 30, pdfRuns = 7, officeRuns = 3 } = {}): Promise<RenderBenchResult[]> {
  const results: RenderBenchResult[] = [];
  const office = hasSoffice() ? officeConverter() : null;
  if (!office) console.log("未找到 LibreOffice（soffice），跳过对比：apt-get install libreoffice-writer-nogui");
  try {
    for (const [issue, doc] of [["2022-31（2022 版）", fixture2022()], ["2023-49（2023 版，含附件）", fixture2023()]] as const) {
      const docx = await renderDocx(doc); // warms the code paths
      await renderPdf(doc); // launches chromium once, outside the timing
      office?.convert(docx); // LibreOffice's profile is made once, outside the timing
      const docxMs = await time(docxRuns, () => renderDocx(doc));
      const pdfMs = await time(pdfRuns, () => renderPdf(doc));
      const officeMs = office ? await time(officeRuns, () => office.convert(docx)) : null;
      results.push({ issue, docxMs, pdfMs, officeMs });
      const versus = officeMs === null ? "" : `；LibreOffice 转换同一 DOCX 中位数 ${officeMs.toFixed(0)} ms，PDF 快 ${(officeMs / pdfMs).toFixed(1)} 倍（目标 ≥ 3 倍）`;
      console.log(`排版 ${issue}：DOCX 中位数 ${docxMs.toFixed(1)} ms（目标 ≤ 30 ms）；PDF 中位数 ${pdfMs.toFixed(0)} ms（目标 ≤ 1000 ms，浏览器已预热）${versus}`);
    }
  } finally {
    office?.close();
    await closeRenderer();
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
