import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { closeRenderer, renderDocx, renderHtml, renderPdf } from "../../render/index.js";
import { fixture2022, fixture2023 } from "../../render/fixtures.js";
import { writeCaseExport, writeDeskExport } from "../ledger/index.js";
import { SEEDS } from "./seeds.js";

/**
 * Writes the fuzzer's seed files (`npm run fuzz -- --make-seeds`): issues rendered by
 * src/render and small ledger exports from the ledger generator. They are committed, not
 * made at each run, because chromium's PDF and exceljs's XLSX carry the time they were
 * written: a seed that changes would make `--seed N` mean different inputs.
 */
export async function makeSeeds(dir = SEEDS): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const out: string[] = [];
  const put = (name: string, bytes: Uint8Array | string) => {
    writeFileSync(join(dir, name), bytes);
    out.push(name);
  };
  try {
    for (const [year, doc] of [[2022, fixture2022()], [2023, fixture2023()]] as const) {
      put(`issue-${year}.docx`, await renderDocx(doc));
      put(`issue-${year}.html`, renderHtml(doc, { standalone: true }));
    }
    put("issue-2023.pdf.gz", gzipSync(await renderPdf(fixture2023()), { level: 9 }));
  } finally {
    await closeRenderer();
  }
  const small = { year: 2023, rows: 40, seed: 7 };
  await writeCaseExport(join(dir, "cases-utf8.csv"), { ...small, bom: true });
  await writeCaseExport(join(dir, "cases-gb18030.csv"), { ...small, encoding: "gb18030" });
  await writeDeskExport(join(dir, "desk-utf8.csv"), small);
  await writeCaseExport(join(dir, "cases.xlsx"), { ...small, format: "xlsx" });
  await writeDeskExport(join(dir, "desk.xlsx"), { ...small, format: "xlsx" });
  out.push("cases-utf8.csv", "cases-gb18030.csv", "desk-utf8.csv", "cases.xlsx", "desk.xlsx");
  return out;
}
