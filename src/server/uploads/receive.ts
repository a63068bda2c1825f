import { createWriteStream, rmSync } from "node:fs";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import type { MultipartFile } from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import { ZhoubaoError } from "../../domain/errors.js";
import { makeUploadFolder } from "./tempFolders.js";
import { unstorable } from "../../domain/model/bounded.js";
import { cleanFileName } from "./fileName.js";

/** An uploaded file's name (as the user's computer called it) and the form's text fields. */
export type UploadHead = { name: string; fields: Record<string, string> };

const mb = (bytes: number) => `${Math.round(bytes / (1 << 20))} MB`;


async function firstFile(req: FastifyRequest, maxBytes: number): Promise<MultipartFile> {
  if (!req.isMultipart()) throw new ZhoubaoError("upload.not-multipart", "请以 multipart/form-data 方式上传文件（字段名 file）。", {});
  const file = await req.file({ limits: { fileSize: maxBytes, files: 1, fields: 20, fieldSize: 1000 } });
  if (!file) throw new ZhoubaoError("upload.missing-file", "请求中没有文件，请选择要上传的文件。", {});
  return file;
}

function fieldsOf(file: MultipartFile): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(file.fields)) {
    const one = Array.isArray(v) ? v[0] : v;
    if (one && one.type === "field") out[k] = String(one.value);
  }
  // Multipart fields bypass the request hooks that refuse NUL (storable.ts): checked here.
  const bad = unstorable(out);
  if (bad) throw new ZhoubaoError("input.invalid", `表单字段 ${bad.path} 不符合要求：${bad.message}`, { field: bad.path });
  return out;
}

function tooLarge(name: string, maxBytes: number): ZhoubaoError {
  return new ZhoubaoError("upload.too-large", `文件“${name}”超过上传上限 ${mb(maxBytes)}。`, { file: name, maxBytes });
}

const isTooLarge = (e: unknown) => (e as { code?: string } | null)?.code === "FST_REQ_FILE_TOO_LARGE";

/**
 * Reads a multipart upload's one file into memory (small files: a past issue).
 * Text fields sent before the file are returned with it.
 *
 * @example
 * const { name, bytes, fields } = await receiveFile(req, 50 << 20);
 */
export async function receiveFile(req: FastifyRequest, maxBytes: number): Promise<UploadHead & { bytes: Buffer }> {
  const file = await firstFile(req, maxBytes);
  const name = cleanFileName(file.filename);
  try {
    const bytes = await file.toBuffer();
    // toBuffer looks at `truncated` only while chunks arrive: when busboy flags the limit
    // after the last chunk, the cut file comes back as if whole (issue 20: ~1 in 5 tries).
    if (file.file.truncated || bytes.length > maxBytes) throw tooLarge(name, maxBytes);
    return { name, fields: fieldsOf(file), bytes };
  } catch (e) {
    throw isTooLarge(e) ? tooLarge(name, maxBytes) : e;
  }
}

/**
 * Streams a multipart upload's one file to a private temporary directory (large files:
 * ledger exports of gigabytes never sit in memory), runs `use` on its path and removes
 * it afterwards, whatever happens.
 *
 * @example
 * await receiveFileOnDisk(req, 4 << 30, async ({ path, name }) => importLedger(store, id, { file: path }));
 */
export async function receiveFileOnDisk<T>(
  req: FastifyRequest,
  maxBytes: number,
  use: (u: UploadHead & { path: string }) => Promise<T>,
  /** Called with the form's fields before the file is stored (they precede it in the form). */
  onHead?: (head: UploadHead) => void,
): Promise<T> {
  const file = await firstFile(req, maxBytes);
  const name = cleanFileName(file.filename);
  const dir = makeUploadFolder();
  try {
    onHead?.({ name, fields: fieldsOf(file) });
    const path = join(dir, name);
    await pipeline(file.file, createWriteStream(path)).catch((e) => {
      throw isTooLarge(e) ? tooLarge(name, maxBytes) : e;
    });
    if (file.file.truncated) throw tooLarge(name, maxBytes);
    return await use({ name, fields: fieldsOf(file), path });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
