import { open } from "node:fs/promises";

/**
 * The central directory of a ZIP (DOCX, XLSX): each entry's name and sizes, read
 * before anything is inflated, so that a zip bomb is refused by its declared sizes
 * (issue 20). ZIP64 sizes are read from their extra field.
 */
export type ZipEntry = {
  name: string;
  compressed: number;
  uncompressed: number;
  /** Where the entry's local header starts, its compression method, flags and CRC-32: what verifying its data needs. */
  offset: number;
  method: number;
  flags: number;
  crc: number;
};

/** Reads `length` bytes at `offset` of the archive (a buffer or a file). */
export type ReadAt = (offset: number, length: number) => Promise<Uint8Array>;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;

/** Why a ZIP's directory cannot be read, as a clerk would understand it. */
export class ZipDirectoryError extends Error {}

/**
 * The entries of a ZIP of `size` bytes. Throws ZipDirectoryError when there is no
 * readable central directory (a truncated or corrupt file), or when it holds more
 * than `maxEntries` entries (read no further: the directory itself costs memory).
 *
 * @example
 * (await zipEntries(bytesReader(docx), docx.byteLength, 2000))[0].name; // "[Content_Types].xml"
 */
export async function zipEntries(read: ReadAt, size: number, maxEntries: number): Promise<ZipEntry[]> {
  const tailStart = Math.max(0, size - EOCD_MIN - MAX_COMMENT);
  const tail = view(await read(tailStart, size - tailStart));
  let at = tail.byteLength - EOCD_MIN;
  while (at >= 0 && tail.getUint32(at, true) !== EOCD) at--;
  if (at < 0) throw new ZipDirectoryError("文件不完整（缺少压缩包目录），可能在传输中被截断或已损坏");
  let count = tail.getUint16(at + 10, true);
  let cdSize = tail.getUint32(at + 12, true);
  let cdOffset = tail.getUint32(at + 16, true);
  if ((count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) && at >= 20 && tail.getUint32(at - 20, true) === ZIP64_LOCATOR) {
    const z = view(await read(Number(tail.getBigUint64(at - 12, true)), 56));
    count = Number(z.getBigUint64(32, true));
    cdSize = Number(z.getBigUint64(40, true));
    cdOffset = Number(z.getBigUint64(48, true));
  }
  if (count > maxEntries) throw new ZipDirectoryError(`压缩包内有 ${count} 个文件，超过上限 ${maxEntries}`);
  if (cdOffset + cdSize > size) throw new ZipDirectoryError("压缩包目录指向文件之外，文件已损坏");
  const cd = view(await read(cdOffset, cdSize));
  const entries: ZipEntry[] = [];
  for (let p = 0; p + 46 <= cd.byteLength && entries.length < count; ) {
    if (cd.getUint32(p, true) !== CENTRAL) throw new ZipDirectoryError("压缩包目录已损坏");
    const nameLength = cd.getUint16(p + 28, true);
    const extraLength = cd.getUint16(p + 30, true);
    const commentLength = cd.getUint16(p + 32, true);
    const name = new TextDecoder().decode(new Uint8Array(cd.buffer, cd.byteOffset + p + 46, Math.min(nameLength, cd.byteLength - p - 46)));
    const sizes = { uncompressed: cd.getUint32(p + 24, true), compressed: cd.getUint32(p + 20, true), offset: cd.getUint32(p + 42, true) };
    readZip64Sizes(cd, p + 46 + nameLength, extraLength, sizes);
    entries.push({ name, ...sizes, method: cd.getUint16(p + 10, true), flags: cd.getUint16(p + 8, true), crc: cd.getUint32(p + 16, true) });
    p += 46 + nameLength + extraLength + commentLength;
  }
  // A directory that holds fewer entries than it declares hides the rest from every check.
  // An empty directory after data (cdOffset > 0) hides every entry the same way.
  if (entries.length !== count || (count === 0 && cdOffset > 0) || tail.getUint16(at + 8, true) !== tail.getUint16(at + 10, true))
    throw new ZipDirectoryError("压缩包目录已损坏（条目数与目录声明的不符）");
  return entries;
}

/** ZIP64 extra field (0x0001): the 64-bit sizes and offset, in this order, of those set to 0xffffffff. */
function readZip64Sizes(cd: DataView, start: number, length: number, sizes: { uncompressed: number; compressed: number; offset: number }): void {
  for (let p = start; p + 4 <= Math.min(start + length, cd.byteLength); ) {
    const id = cd.getUint16(p, true);
    const size = cd.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      for (const key of ["uncompressed", "compressed", "offset"] as const)
        if (sizes[key] === 0xffffffff && q + 8 <= cd.byteLength) {
          sizes[key] = Number(cd.getBigUint64(q, true));
          q += 8;
        }
      return;
    }
    p += 4 + size;
  }
}

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

/**
 * A ReadAt over bytes in memory.
 *
 * @example
 * await bytesReader(Buffer.from("PK"))(0, 2); // Uint8Array [80, 75]
 */
export function bytesReader(bytes: Uint8Array): ReadAt {
  return async (offset, length) => bytes.subarray(offset, offset + length);
}

/**
 * A ReadAt over a file, opened until `close`.
 *
 * @example
 * const f = await fileReader("台账.xlsx"); try { await zipEntries(f.read, f.size, 10_000); } finally { await f.close(); }
 */
export async function fileReader(path: string): Promise<{ read: ReadAt; size: number; close: () => Promise<void> }> {
  const handle = await open(path, "r");
  const { size } = await handle.stat();
  const read: ReadAt = async (offset, length) => {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, offset);
    return buffer.subarray(0, bytesRead);
  };
  return { read, size, close: () => handle.close() };
}
