import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import iconv from "iconv-lite";
import { DepartmentRegistry, type Department } from "../../domain/departments/registry.js";
import type { LedgerBatch, LedgerKind } from "../../store/repositories/ledgerTypes.js";
import { CaseRows } from "./caseRows.js";
import { readCsv, type ByteSource } from "./csvReader.js";
import { DeskRows } from "./deskRows.js";
import type { Sniffed } from "./encoding.js";
import type { Decode, SinkContext } from "./ledgerSink.js";
import type { ColumnMapping } from "../../domain/ledger/ledgerFields.js";
import { Rejections, type Rejection } from "./rejections.js";
import { readXlsx } from "./xlsxReader.js";

/** Everything needed to read one export into batches: plain data, so a worker thread can take it. */
export type ParseJob = {
  ledger: LedgerKind;
  file: string;
  /** The file name shown in messages. */
  label: string;
  kind: Sniffed;
  mapping: ColumnMapping;
  batchSize: number;
  departments: Department[];
  matters: [string, number][];
  /** Known case-number prefixes: prefixKey → id. */
  prefixes: [string, number][];
  rejectsFile?: string;
  /** XLSX: no progress for this long ends the read (ledger.stalled). */
  stallMs?: number;
};

export type ParseResult = {
  /** Rows read and rejected after the last batch. */
  tail: { rowsRead: number; rejected: number };
  rejections: Rejection[];
  rejectionsByKind: Record<string, number>;
};

/**
 * Reads an export (CSV or XLSX) and hands its rows over in batches through `write`,
 * awaiting each. Throws ledger.bad-file / ledger.bad-mapping when no header is found,
 * before any batch exists.
 *
 * @example
 * const r = await parseFile(job, (batch) => writer.write(batch), (bytes) => {});
 */
export async function parseFile(job: ParseJob, write: (b: LedgerBatch) => Promise<void>, onBytes: (n: number) => void): Promise<ParseResult> {
  const rejections = new Rejections(job.rejectsFile);
  const ctx: SinkContext = {
    ledger: job.ledger,
    file: job.label,
    mapping: job.mapping,
    batchSize: job.batchSize,
    decode: decoder(job.kind),
    rejections,
    department: departmentIds(job.departments),
    matters: new Map(job.matters),
    prefixes: new Map(job.prefixes),
    write,
  };
  const sink = job.ledger === "cases" ? new CaseRows(ctx) : new DeskRows(ctx);
  const source = job.kind.format === "csv" ? byteSource(job.file, job.kind) : null;
  try {
    if (job.kind.format === "xlsx") await readXlsx(job.file, sink, onBytes, job.stallMs);
    else await readCsv(source!.read, { skip: job.kind.encoding.startsWith("utf16") ? 0 : job.kind.bom, decode: ctx.decode, onBytes }, sink);
    if (!sink.headerFound) throw sink.headerError();
    const tail = await sink.end();
    return { tail, rejections: rejections.kept, rejectionsByKind: rejections.byKind };
  } finally {
    await source?.close();
    rejections.close();
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

/** Department name or alias → id, through the registry; 0 when unknown. */
function departmentIds(departments: Department[]): (name: string) => number {
  const registry = new DepartmentRegistry(departments);
  const ids = new Map(departments.map((d) => [d.name, d.id ?? 0]));
  return (name) => {
    const canonical = name ? registry.resolve(name) : null;
    return canonical ? (ids.get(canonical) ?? 0) : 0;
  };
}
