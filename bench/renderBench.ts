/**
 * Render benchmark: medians per issue for DOCX and PDF (browser warm), over the render
 * fixtures of both template generations. Targets on 2-core machines: DOCX ≤ 30 ms, PDF ≤ 1 s.
 */
import { closeRenderer, renderDocx, renderPdf } from "../src/render/index.js";
import { fixture2022, fixture2023 } from "../src/render/fixtures.js";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time(fn: () => Promise<unknown>, runs: number): Promise<number> {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    t.push(performance.now() - t0);
  }
  return median(t);
}

export async function run(): Promise<void> {
  const docs = [fixture2022(), fixture2023()];
  for (const d of docs) await renderDocx(d); // warm the code paths
  const docx = await time(() => renderDocx(docs[1]), 50);
  const docx22 = await time(() => renderDocx(docs[0]), 50);
  console.log(`DOCX: median ${docx.toFixed(1)} ms (2023 generation with attachment), ${docx22.toFixed(1)} ms (2022); target ≤ 30 ms ${Math.max(docx, docx22) <= 30 ? "✓" : "✗"}`);
  try {
    const t0 = performance.now();
    await renderPdf(docs[1]);
    console.log(`PDF: first render (starts chromium) ${(performance.now() - t0).toFixed(0)} ms`);
    const pdf = await time(() => renderPdf(docs[1]), 15);
    const pdf22 = await time(() => renderPdf(docs[0]), 15);
    console.log(`PDF: median ${pdf.toFixed(0)} ms (2023, 4 pages), ${pdf22.toFixed(0)} ms (2022), browser warm; target ≤ 1000 ms ${Math.max(pdf, pdf22) <= 1000 ? "✓" : "✗"}`);
  } finally {
    await closeRenderer();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
