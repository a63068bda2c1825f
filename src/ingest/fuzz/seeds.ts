import { readdirSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { extname, join, resolve } from "node:path";
import { FIXTURES, casesIn } from "../report/testing/fixtures.js";

/** The six importers the fuzzer feeds: four past-issue formats, two ledger formats. */
export const FORMATS = ["txt", "pdf", "docx", "html", "csv", "xlsx"] as const;
export type FuzzFormat = (typeof FORMATS)[number];
export type LedgerKind = "cases" | "desk";

/** A valid file the mutations start from; ledger seeds say which export they are. */
export type Seed = { format: FuzzFormat; name: string; bytes: Buffer; ledger?: LedgerKind };

/** Rendered issues and generated exports, written by makeSeeds.ts (committed). */
export const SEEDS = resolve(import.meta.dirname, "seeds");

/**
 * Every seed by format: the report fixtures as text, the files of SEEDS by extension.
 * Sorted by name, so a run's inputs depend on the seed number alone.
 *
 * @example
 * loadSeeds().get("xlsx")![0].ledger; // "cases"
 */
export function loadSeeds(dir = SEEDS): Map<FuzzFormat, Seed[]> {
  const out = new Map<FuzzFormat, Seed[]>(FORMATS.map((f) => [f, []]));
  for (const c of casesIn(FIXTURES)) out.get("txt")!.push({ format: "txt", name: `${c.name}.txt`, bytes: Buffer.from(c.text, "utf8") });
  for (const file of readdirSync(dir).sort()) {
    // The PDF seed is kept gzipped (`issue-2023.pdf.gz`): a binary file, a third of the size, never read as text.
    const name = file.replace(/\.gz$/, "");
    const format = extname(name).slice(1) as FuzzFormat;
    if (!out.has(format) || format === "txt") continue;
    const ledger = format === "csv" || format === "xlsx" ? (name.startsWith("desk") ? "desk" : "cases") : undefined;
    out.get(format)!.push({ format, name, bytes: file === name ? readFileSync(join(dir, file)) : gunzipSync(readFileSync(join(dir, file))), ledger });
  }
  for (const [format, list] of out) if (list.length === 0) throw new Error(`没有 ${format} 种子文件：请运行 npm run fuzz -- --make-seeds`);
  return out;
}
