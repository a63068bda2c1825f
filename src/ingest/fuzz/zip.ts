import JSZip from "jszip";
import { BYTE_MUTATIONS, oneOf, pick, skewed, type Mutation, type Rng } from "./bytes.js";

/**
 * Mutations of DOCX/XLSX that know the ZIP layout: one entry damaged and the archive
 * written again (so the damage reaches the XML parser, past the zip's checks), entries
 * dropped or inflated into bombs, and the headers' sizes, offsets and counts falsified.
 */

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

function signatures(b: Buffer, sig: number): number[] {
  const out: number[] = [];
  for (let i = b.indexOf(Buffer.from([0x50, 0x4b])); i >= 0 && i + 4 <= b.length; i = b.indexOf(Buffer.from([0x50, 0x4b]), i + 1))
    if (b.readUInt32LE(i) === sig) out.push(i);
  return out;
}

/** A 32-bit value that lies: zero, one off, a little, or huge. */
const lie = (r: Rng, was: number) => oneOf(r, [0, was + 1, Math.max(0, was - 1), pick(r, 1 << 16), 0x7fffffff, 0xfffffff0, 0xffffffff]) >>> 0;

async function rezip(seed: Buffer, r: Rng, change: (zip: JSZip, names: string[]) => Promise<void>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(seed);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir).sort();
  await change(zip, names);
  return zip.generateAsync({ type: "nodebuffer", compression: r() < 0.8 ? "DEFLATE" : "STORE" });
}

/** Entries that hold the text are damaged more often than the rest. */
const target = (r: Rng, names: string[]) => {
  const main = names.filter((n) => /document\.xml$|sheet1\.xml$|sharedStrings\.xml$|workbook\.xml$|\[Content_Types\]\.xml$/.test(n));
  return r() < 0.7 && main.length ? oneOf(r, main) : oneOf(r, names);
};

const patch = (seed: Buffer, r: Rng, sig: number, fields: number[]): Buffer => {
  const out = Buffer.from(seed);
  const at = signatures(out, sig);
  for (let k = 1 + pick(r, 3); k > 0 && at.length; k--) {
    const field = oneOf(r, at) + oneOf(r, fields);
    if (field + 4 <= out.length) out.writeUInt32LE(lie(r, out.readUInt32LE(field)), field);
  }
  return out;
};

export const ZIP_MUTATIONS: Record<string, Mutation> = {
  "damage entry": (seed, r) =>
    rezip(seed, r, async (zip, names) => {
      const name = target(r, names);
      const bytes = Buffer.from(await zip.files[name].async("uint8array"));
      const m = oneOf(r, Object.values(BYTE_MUTATIONS));
      zip.file(name, await m(bytes, r));
    }),
  "drop entry": (seed, r) => rezip(seed, r, async (zip, names) => void zip.remove(target(r, names))),
  "entry bomb": (seed, r) =>
    rezip(seed, r, async (zip, names) => {
      const name = target(r, names);
      const xml = await zip.files[name].async("string");
      const at = xml.lastIndexOf("<");
      zip.file(name, `${xml.slice(0, Math.max(0, at))}${oneOf(r, [" ", "<a/>", "x"]).repeat(1 + skewed(r, 24 << 20))}${xml.slice(Math.max(0, at))}`);
    }),
  // Local header: CRC at 14, compressed size at 18, inflated size at 22.
  "lie in local header": (seed, r) => patch(seed, r, LOCAL, [14, 18, 22]),
  // Central directory: CRC at 16, sizes at 20 and 24, the local header's offset at 42.
  "lie in central directory": (seed, r) => patch(seed, r, CENTRAL, [16, 20, 24, 42]),
  "huge declared size": (seed, r) => {
    const out = Buffer.from(seed);
    const size = oneOf(r, [0x7fffffff, 0xfffffff0, 1 << 30, 200 << 20]);
    for (const at of signatures(out, CENTRAL)) if (r() < 0.5) out.writeUInt32LE(size >>> 0, at + 24);
    for (const at of signatures(out, LOCAL)) if (r() < 0.5) out.writeUInt32LE(size >>> 0, at + 22);
    return out;
  },
  "duplicate entry": (seed, r) => {
    const end = signatures(seed, END).pop();
    if (end === undefined) return seed;
    const start = seed.readUInt32LE(end + 16);
    const records: [number, number][] = [];
    for (let at = start; at + 46 <= end && seed.readUInt32LE(at) === CENTRAL; ) {
      const len = 46 + seed.readUInt16LE(at + 28) + seed.readUInt16LE(at + 30) + seed.readUInt16LE(at + 32);
      records.push([at, len]);
      at += len;
    }
    if (!records.length) return seed;
    const [at, len] = oneOf(r, records);
    const copies = 1 + skewed(r, 2000);
    const record = seed.subarray(at, at + len);
    const out = Buffer.concat([seed.subarray(0, at + len), ...Array.from({ length: copies }, () => record), seed.subarray(at + len)]);
    const e = end + len * copies;
    const count = Math.min(0xffff, out.readUInt16LE(e + 10) + copies);
    out.writeUInt16LE(count, e + 8);
    out.writeUInt16LE(count, e + 10);
    out.writeUInt32LE(out.readUInt32LE(e + 12) + len * copies, e + 12);
    return out;
  },
  "lie in end record": (seed, r) => patch(seed, r, END, [8, 12, 16]),
};
