import { prng } from "../report/noise.js";
import { BYTE_MUTATIONS, oneOf, pick, type Mutation } from "./bytes.js";
import { PDF_MUTATIONS } from "./pdf.js";
import type { FuzzFormat, LedgerKind, Seed } from "./seeds.js";
import { CSV_MUTATIONS, ENCODING_MUTATIONS, LINE_MUTATIONS } from "./text.js";
import { ZIP_MUTATIONS } from "./zip.js";

/** One mutated file: where it came from and what was done to it, so a finding can be explained. */
export type FuzzInput = { index: number; format: FuzzFormat; ledger?: LedgerKind; seed: string; mutations: string[]; bytes: Buffer };

type Family = Record<string, Mutation>;

/** The families each format draws from; a family listed twice is drawn twice as often. */
const FAMILIES: Record<FuzzFormat, Family[]> = {
  txt: [BYTE_MUTATIONS, ENCODING_MUTATIONS, LINE_MUTATIONS],
  html: [BYTE_MUTATIONS, ENCODING_MUTATIONS, LINE_MUTATIONS],
  csv: [BYTE_MUTATIONS, ENCODING_MUTATIONS, CSV_MUTATIONS, CSV_MUTATIONS],
  pdf: [BYTE_MUTATIONS, PDF_MUTATIONS, PDF_MUTATIONS],
  docx: [BYTE_MUTATIONS, ZIP_MUTATIONS, ZIP_MUTATIONS],
  xlsx: [BYTE_MUTATIONS, ZIP_MUTATIONS, ZIP_MUTATIONS],
};

/** The random source of one input: from the run's seed and the input's index alone (murmur3's finaliser mixes them). */
function inputRng(runSeed: number, index: number): () => number {
  let h = (Math.imul(runSeed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return prng((h ^ (h >>> 16)) >>> 0);
}

/**
 * Input number `index` of the run `runSeed`: its format by turns among `formats`, a seed
 * file of that format, then one to three mutations stacked. The same (runSeed, index,
 * formats) always give the same bytes, whatever ran before.
 *
 * @example
 * const input = await makeInput(42, 7, seeds, ["docx"]); input.mutations; // ["lie in central directory"]
 */
export async function makeInput(runSeed: number, index: number, seeds: Map<FuzzFormat, Seed[]>, formats: readonly FuzzFormat[]): Promise<FuzzInput> {
  const r = inputRng(runSeed, index);
  const format = formats[index % formats.length];
  const seed = oneOf(r, seeds.get(format)!);
  let bytes = seed.bytes;
  const mutations: string[] = [];
  for (let k = 1 + pick(r, 3); k > 0; k--) {
    const family = oneOf(r, FAMILIES[format]);
    const name = oneOf(r, Object.keys(family));
    try {
      bytes = await family[name](bytes, r);
      mutations.push(name);
    } catch {
      // A zip-aware mutation cannot open an archive an earlier mutation broke: the bytes stay as they were.
    }
  }
  return { index, format, ledger: seed.ledger, seed: seed.name, mutations, bytes };
}
