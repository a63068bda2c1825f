import iconv from "iconv-lite";
import { oneOf, pick, skewed, type Mutation, type Rng } from "./bytes.js";

/**
 * Mutations of text files (past issues as TXT/HTML, CSV exports): re-encoded whole or in
 * part (GB18030, UTF-8, UTF-16 with or without BOM, mixed in one file), and CSV quoting chaos.
 */

const ENCODINGS = ["utf8", "gb18030", "utf16le", "utf16be"] as const;
const BOMS: Record<string, number[]> = { utf8: [0xef, 0xbb, 0xbf], utf16le: [0xff, 0xfe], utf16be: [0xfe, 0xff], gb18030: [] };

/** The text of a seed, read as UTF-8 or else GB18030 (the seeds are one or the other). */
export function seedText(b: Buffer): string {
  const utf8 = b.toString("utf8");
  return utf8.includes("\uFFFD") ? iconv.decode(b, "gb18030") : utf8;
}

export const ENCODING_MUTATIONS: Record<string, Mutation> = {
  "re-encode": (b, r) => {
    const enc = oneOf(r, ENCODINGS);
    const bom = r() < 0.5 ? BOMS[enc] : [];
    return Buffer.concat([Buffer.from(bom), iconv.encode(seedText(b).replace(/^\uFEFF/, ""), enc)]);
  },
  "mixed encodings": (b, r) => {
    const text = seedText(b);
    const cut = pick(r, text.length + 1);
    return Buffer.concat([iconv.encode(text.slice(0, cut), oneOf(r, ENCODINGS)), iconv.encode(text.slice(cut), oneOf(r, ENCODINGS))]);
  },
  "wrong bom": (b, r) => Buffer.concat([Buffer.from(BOMS[oneOf(r, ["utf8", "utf16le", "utf16be"])]), b]),
};

const lines = (b: Buffer) => seedText(b).split("\n");
const encodeLike = (seed: Buffer, text: string) => (seedText(seed) === seed.toString("utf8") ? Buffer.from(text, "utf8") : iconv.encode(text, "gb18030"));

const CELL_NOISE = ['"', '""', '"a""b', '"unclosed', "\r", "\r\n", "\n", ",", ",,,,,,", ";", "\t", "=1+1", "\0", " ", "9".repeat(40), "-1", "2023-02-30 25:61:61", "0000-01-01", "１２３"];

/** Line-level CSV damage: cells with quotes and separators, rows too long or short, headers repeated. */
function csvChaos(seed: Buffer, r: Rng): Buffer {
  const ls = lines(seed);
  for (let k = 1 + skewed(r, 40); k > 0; k--) {
    const i = pick(r, ls.length);
    const cells = ls[i].split(",");
    const what = pick(r, 6);
    if (what === 0) cells[pick(r, cells.length)] = oneOf(r, CELL_NOISE);
    else if (what === 1) cells.splice(pick(r, cells.length + 1), 0, ...Array.from({ length: 1 + skewed(r, 3000) }, () => oneOf(r, CELL_NOISE)));
    else if (what === 2) cells.length = pick(r, cells.length);
    else if (what === 3) ls.splice(i, 0, ls[0]);
    else if (what === 4) cells[pick(r, cells.length)] = `"${cells.join(",")}`;
    else ls.splice(i, 0, ...Array.from({ length: skewed(r, 500) }, () => ls[i]));
    if (what < 3 || what === 4) ls[i] = cells.join(",");
  }
  return encodeLike(seed, ls.join(r() < 0.2 ? "\r\n" : "\n"));
}

/** Lines of a past issue shuffled, cut, joined or repeated (the report's outline is in its lines). */
function lineChaos(seed: Buffer, r: Rng): Buffer {
  const ls = lines(seed);
  for (let k = 1 + pick(r, 8); k > 0; k--) {
    const i = pick(r, ls.length);
    const what = pick(r, 4);
    if (what === 0) ls.splice(i, 1 + skewed(r, 40));
    else if (what === 1) ls.splice(i, 0, ...ls.slice(i, i + 1 + pick(r, 30)));
    else if (what === 2) ls[i] = `${ls[i]}${ls[i + 1] ?? ""}`;
    else ls.splice(i, 0, ls[pick(r, ls.length)]);
  }
  return encodeLike(seed, ls.join("\n"));
}

export const CSV_MUTATIONS: Record<string, Mutation> = { "csv chaos": csvChaos };
export const LINE_MUTATIONS: Record<string, Mutation> = { "line chaos": lineChaos };
