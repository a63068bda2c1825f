import { pipeline } from "node:stream/promises";
import { createInflateRaw, crc32 } from "node:zlib";
import type { ReadAt, ZipEntry } from "./directory.js";

const LOCAL = 0x04034b50;
const CHUNK = 1 << 20;
/** Bit 3: sizes and CRC follow the data instead of standing in the local header. */
const DATA_DESCRIPTOR = 0x08;

const DESCRIPTOR = 0x08074b50;

class Damage extends Error {}

/** The data descriptor after an entry's data (its signature optional): CRC-32 and both sizes, as the directory has them. */
async function descriptorAgrees(read: ReadAt, at: number, e: ZipEntry): Promise<boolean> {
  const b = await read(at, 16);
  if (b.byteLength < 12) return false;
  const d = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const p = d.getUint32(0, true) === DESCRIPTOR ? 4 : 0;
  if (b.byteLength < p + 12) return false;
  return d.getUint32(p, true) === e.crc && d.getUint32(p + 4, true) === e.compressed && d.getUint32(p + 8, true) === e.uncompressed;
}

/**
 * Why the data of a ZIP's entries cannot be trusted, or null when every entry's local
 * header agrees with the directory and its data inflates to the declared size and CRC-32.
 * Streaming readers (exceljs's XLSX reader) walk the local headers and inflate as they go;
 * on a damaged entry they can wait forever instead of failing (issue 20), so the damage is
 * found here first. Inflation stops at the declared size: a lying header costs no more.
 *
 * @example
 * await zipDamage(f.read, f.size, entries); // "其中的“xl/worksheets/sheet1.xml”已损坏（校验和不符）"
 */
export async function zipDamage(read: ReadAt, size: number, entries: ZipEntry[]): Promise<string | null> {
  // No writer lists a name twice; a reader that walks local headers would not see the copies the directory lists.
  const names = new Set<string>();
  for (const e of entries) {
    if (names.has(e.name)) return `其中的“${e.name}”在目录中出现了不止一次（文件已损坏或被篡改）`;
    names.add(e.name);
  }
  for (const e of entries) {
    const why = await entryDamage(read, size, e).catch((err) => (err instanceof Damage ? err.message : "无法解压"));
    if (why) return `其中的“${e.name}”已损坏（${why}）`;
  }
  return null;
}

async function entryDamage(read: ReadAt, size: number, e: ZipEntry): Promise<string | null> {
  const head = await read(e.offset, 30);
  const h = new DataView(head.buffer, head.byteOffset, head.byteLength);
  if (head.byteLength < 30 || h.getUint32(0, true) !== LOCAL) return "位置不对";
  const nameLength = h.getUint16(26, true);
  const name = new TextDecoder().decode(await read(e.offset + 30, nameLength));
  if (name !== e.name || h.getUint16(8, true) !== e.method) return "文件头与目录不一致";
  const local = { crc: h.getUint32(14, true), compressed: h.getUint32(18, true), uncompressed: h.getUint32(22, true) };
  const zip64 = local.compressed === 0xffffffff || local.uncompressed === 0xffffffff;
  const described = (h.getUint16(6, true) & DATA_DESCRIPTOR) !== 0;
  // With a data descriptor the local fields are zero (some writers fill them in); without one they are the directory's.
  const agrees = (k: keyof typeof local) => local[k] === e[k] || (described && local[k] === 0);
  if (!zip64 && !(agrees("crc") && agrees("compressed") && agrees("uncompressed"))) return "文件头与目录不一致";
  const start = e.offset + 30 + nameLength + h.getUint16(28, true);
  if (start + e.compressed > size) return "数据不完整";
  if (e.method !== 0 && e.method !== 8) return `不支持的压缩方式 ${e.method}`;
  if (e.method === 0 && e.compressed !== e.uncompressed) return "大小不符";
  if (described && !zip64 && !(await descriptorAgrees(read, start + e.compressed, e))) return "数据描述与目录不一致";
  let out = 0;
  let crc = 0;
  async function* chunks() {
    for (let p = 0; p < e.compressed; p += CHUNK) yield read(start + p, Math.min(CHUNK, e.compressed - p));
  }
  const count = async (source: AsyncIterable<Buffer | Uint8Array>) => {
    for await (const chunk of source) {
      out += chunk.byteLength;
      if (out > e.uncompressed) throw new Damage("解压后大于声明的大小");
      crc = crc32(chunk, crc);
    }
  };
  if (e.method === 0) await count(chunks());
  else await pipeline(chunks, createInflateRaw(), count);
  if (out !== e.uncompressed) return "大小不符";
  return crc >>> 0 === e.crc >>> 0 ? null : "校验和不符";
}
