import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { basename } from "node:path";
import iconv from "iconv-lite";
import { ZhoubaoError } from "../../domain/errors.js";
import type { Store } from "../../store/index.js";
import type { LedgerBatch, LedgerImportLog, LedgerKind, LedgerWriter } from "../../store/repositories/ledgerTypes.js";
import { CaseRows } from "./caseRows.js";
import { readCsv, type ByteSource } from "./csvReader.js";
import { DeskRows } from "./deskRows.js";
import { sniff, type Sniffed } from "./encoding.js";
import type { Decode, SinkContext } from "./ledgerSink.js";
import type { ColumnMapping } from "./mapping.js";
import { Rejections, type Rejection } from "./rejections.js";
import { readXlsx } from "./xlsxReader.js";

export type ImportProgress = {
  ledger: LedgerKind;
  bytes: number;
  totalBytes: number;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  batches: number;
};

export type LedgerImportOptions = {
  ledger: LedgerKind;
  file: string;
  /** The export source: its column mapping is loaded, and saved after a successful import. */
  source?: string | null;
  /** field → column header (--map); overrides the source's saved mapping. */
  mapping?: ColumnMapping;
  /** Rows per transaction. */
  batchSize?: number;
  /** Writes every rejected row to this CSV file. */
  rejectsFile?: string;
  onProgress?: (p: ImportProgress) => void;
};

export type LedgerImportResult = ImportProgress & {
  file: string;
  format: "csv" | "xlsx";
  encoding: string | null;
  importId: number;
  mapping: ColumnMapping;
  rejections: Rejection[];
  rejectionsByKind: Record<string, number>;
  seconds: number;
};

export const DEFAULT_BATCH_SIZE = 100_000;

/**
 * Imports a case export or a front-desk export (CSV in UTF-8 or GB18030, or XLSX) into a
 * center's ledger: streaming, one transaction per batch with its rollups, idempotent by
 * case number / event key. A bad file (empty, not a table, required columns missing)
 * throws ledger.bad-file / ledger.bad-mapping before anything is written.
 *
 * @example
 * const r = await importLedger(store, center.id, { ledger: "cases", file: "2023.csv", onProgress: (p) => bar.update(p.bytes) });
 * r.inserted; r.rejections; // [{ line: 17, reason: "第 17 行：部门“火星局”不在部门名录中", text: "…" }]
 */
export async function importLedger(store: Store, centerId: number, opts: LedgerImportOptions): Promise<LedgerImportResult> {
  const started = performance.now();
  const file = opts.file;
  const info = await stat(file).catch(() => null);
  if (!info || !info.isFile()) throw new ZhoubaoError("ledger.bad-file", `找不到文件“${file}”。`, { file });
  const kind = sniff(await head(file), basename(file));
  const saved = opts.source ? await store.ledger.source(centerId, opts.ledger, opts.source) : null;
  const mapping: ColumnMapping = { ...(saved ?? {}), ...(opts.mapping ?? {}) };
  const progress: ImportProgress = { ledger: opts.ledger, bytes: 0, totalBytes: info.size, rows: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0, batches: 0 };
  const rejections = new Rejections(opts.rejectsFile);
  let writer: LedgerWriter | null = null;
  const openWriter = async () => (writer ??= await store.ledger.writer(centerId, opts.ledger, { source: opts.source ?? null, fileName: basename(file) }));

  const ctx: SinkContext = {
    ledger: opts.ledger,
    file: basename(file),
    mapping,
    batchSize: opts.batchSize ?? DEFAULT_BATCH_SIZE,
    decode: decoder(kind),
    rejections,
    department: await departmentIds(store, centerId),
    matters: await store.ledger.matters(centerId),
    write: async (batch: LedgerBatch) => {
      const out = await (await openWriter()).write(batch);
      progress.rows += batch.rowsRead;
      progress.rejected += batch.rejected;
      progress.inserted += out.inserted;
      progress.updated += out.updated;
      progress.unchanged += out.unchanged;
      progress.batches++;
      opts.onProgress?.({ ...progress });
    },
  };
  const sink = opts.ledger === "cases" ? new CaseRows(ctx) : new DeskRows(ctx);
  const onBytes = (n: number) => {
    progress.bytes = n;
    opts.onProgress?.({ ...progress });
  };
  let log: LedgerImportLog;
  const source = kind.format === "csv" ? byteSource(file, kind) : null;
  try {
    if (kind.format === "xlsx") await readXlsx(file, sink, onBytes);
    else await readCsv(source!.read, { skip: kind.encoding.startsWith("utf16") ? 0 : kind.bom, decode: ctx.decode, onBytes }, sink);
    if (!sink.headerFound) throw sink.headerError();
    const tail = await sink.end();
    progress.rows += tail.rowsRead;
    progress.rejected += tail.rejected;
    if (progress.rows === 0) throw new ZhoubaoError("ledger.bad-file", `文件“${basename(file)}”只有表头，没有数据行。`, { file });
    log = await (await openWriter()).finish("done", tail);
    if (opts.source) await store.ledger.saveSource(centerId, opts.ledger, opts.source, mapping);
  } catch (e) {
    if (writer) await (writer as LedgerWriter).finish("failed", { rowsRead: 0, rejected: 0 }).catch(() => {});
    throw e;
  } finally {
    await (writer as LedgerWriter | null)?.close();
    await source?.close();
    rejections.close();
  }
  progress.bytes = info.size;
  return {
    ...progress,
    file,
    format: kind.format,
    encoding: kind.format === "csv" ? kind.encoding : null,
    importId: log.id,
    mapping,
    rejections: rejections.kept,
    rejectionsByKind: rejections.byKind,
    seconds: (performance.now() - started) / 1000,
  };
}

async function head(file: string): Promise<Buffer> {
  const fh = await open(file, "r");
  try {
    const buf = Buffer.alloc(1 << 16);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

function decoder(kind: Sniffed): Decode {
  if (kind.format === "csv" && kind.encoding === "gb18030")
    return (b, s, e) => iconv.decode(Buffer.from(b.buffer, b.byteOffset + s, e - s), "gb18030");
  return (b, s, e) => (Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength)).toString("utf8", s, e);
}

/** The file's bytes; UTF-16 files are transcoded to UTF-8 on the way. */
function byteSource(file: string, kind: Sniffed & { format: "csv" }): { read: ByteSource; close: () => Promise<void> } {
  if (!kind.encoding.startsWith("utf16")) {
    const handle = open(file, "r");
    let position = 0;
    return {
      read: async (buf, offset, length) => {
        const { bytesRead } = await (await handle).read(buf, offset, length, position);
        position += bytesRead;
        return bytesRead;
      },
      close: async () => (await handle).close(),
    };
  }
  const stream = createReadStream(file);
  const chunks = stream.pipe(iconv.decodeStream(kind.encoding)).pipe(iconv.encodeStream("utf8"))[Symbol.asyncIterator]();
  let rest: Buffer = Buffer.alloc(0);
  return {
    read: async (buf, offset, length) => {
      while (rest.length === 0) {
        const next = await chunks.next();
        if (next.done) return 0;
        rest = next.value as Buffer;
      }
      const n = rest.copy(buf, offset, 0, Math.min(length, rest.length));
      rest = rest.subarray(n);
      return n;
    },
    close: async () => void stream.destroy(),
  };
}

async function departmentIds(store: Store, centerId: number): Promise<(name: string) => number> {
  const registry = await store.departments.registry(centerId);
  const ids = new Map(registry.departments.map((d) => [d.name, d.id ?? 0]));
  return (name) => {
    const canonical = name ? registry.resolve(name) : null;
    return canonical ? (ids.get(canonical) ?? 0) : 0;
  };
}
