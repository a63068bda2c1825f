import type JSZip from "jszip";
import { zipEntries, ZipDirectoryError, type ReadAt } from "./directory.js";
import { zipDamage } from "./integrity.js";

export type ZipLimits = {
  /** Entries in the central directory. */
  maxEntries: number;
  /** Largest declared inflated size of an entry, given its compressed size. */
  maxEntryBytes: (compressed: number, name: string) => number;
  /** Sum of the declared inflated sizes. */
  maxTotalBytes: number;
  /** Also inflate every entry once to check it against the directory (zipDamage): for readers that stall on damage. */
  verifyData?: boolean;
};

const mb = (n: number) => `${Math.ceil(n / 1048576)} MB`;

/**
 * Why a ZIP must not be opened under `limits` (Chinese, for the error message), or
 * null when its directory is within them. Nothing is inflated to find out.
 *
 * @example
 * await zipRefusal(bytesReader(bomb), bomb.byteLength, DOCX_LIMITS); // "解压后共 1025 MB，…"
 */
export async function zipRefusal(read: ReadAt, size: number, limits: ZipLimits): Promise<string | null> {
  let entries;
  try {
    entries = await zipEntries(read, size, limits.maxEntries);
  } catch (err) {
    if (err instanceof ZipDirectoryError) return err.message;
    throw err;
  }
  let total = 0;
  for (const e of entries) {
    const cap = limits.maxEntryBytes(e.compressed, e.name);
    if (e.uncompressed > cap) return `其中的“${e.name}”解压后有 ${mb(e.uncompressed)}，超过上限 ${mb(cap)}（可能是“压缩炸弹”）`;
    total += e.uncompressed;
  }
  if (total > limits.maxTotalBytes) return `解压后共 ${mb(total)}，超过上限 ${mb(limits.maxTotalBytes)}（可能是“压缩炸弹”）`;
  return limits.verifyData ? zipDamage(read, size, entries) : null;
}

/** An entry inflated beyond what its directory declared or than allowed. */
export class InflateLimitError extends Error {}

/**
 * A ZIP entry inflated as UTF-8 text, counting bytes while inflating: the central
 * directory can lie about sizes, so inflation stops at `maxBytes` whatever it says.
 *
 * @example
 * await inflateText(zip.file("word/document.xml")!, 200 * 1048576); // "<?xml …"
 */
export function inflateText(file: JSZip.JSZipObject, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    const stream = file.nodeStream("nodebuffer");
    stream
      .on("data", (chunk: Buffer) => {
        bytes += chunk.byteLength;
        if (bytes > maxBytes) {
          stream.pause();
          stream.removeAllListeners("data");
          reject(new InflateLimitError(`其中的“${file.name}”解压后超过上限 ${mb(maxBytes)}（可能是“压缩炸弹”）`));
          return;
        }
        chunks.push(chunk);
      })
      .on("error", reject)
      .on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });
}
