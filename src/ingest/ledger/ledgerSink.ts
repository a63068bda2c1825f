import { ZhoubaoError } from "../../domain/errors.js";
import { LEDGER_COLUMNS, type LedgerBatch, type LedgerKind } from "../../store/repositories/ledgerTypes.js";
import { ByteDict } from "./byteDict.js";
import type { RecordSink } from "./csvReader.js";
import { LEDGER_FIELDS, type ColumnMapping } from "../../domain/ledger/ledgerFields.js";
import { matchHeader, missingColumns, type ColumnIndexes } from "./mapping.js";
import type { Rejections } from "./rejections.js";

export type Decode = (b: Uint8Array, start: number, end: number) => string;

/** What a sink needs from the import around it. */
export type SinkContext = {
  ledger: LedgerKind;
  file: string;
  mapping: ColumnMapping;
  batchSize: number;
  decode: Decode;
  rejections: Rejections;
  /** Canonical department id of a name or alias; 0 when unknown. */
  department: (name: string) => number;
  /** Known matter names → ids. */
  matters: Map<string, number>;
  /** Known case-number prefixes (prefixKey) → ids. */
  prefixes: Map<string, number>;
  write: (batch: LedgerBatch) => Promise<void>;
};

/**
 * Rows of one batch, column by column.
 *
 * @example
 * const b = new BatchBuilder("cases", 100_000); b.take().size; // 0
 */
export class BatchBuilder {
  size = 0;
  rowsRead = 0;
  rejected = 0;
  asciiKeys = true;
  keys: string[] = [];
  casePrefixes!: Int32Array;
  caseTails!: Float64Array;
  columns!: Int32Array[];
  newMatters: { id: number; name: string }[] = [];
  newPrefixes: { id: number; prefix: string; digits: number }[] = [];

  constructor(
    readonly ledger: LedgerKind,
    readonly capacity: number,
  ) {
    this.allocate();
  }

  /** Fresh arrays for the next batch: the taken ones travel on (to a writer, or to another thread). */
  private allocate(): void {
    const rows = this.ledger === "cases" ? this.capacity : 0;
    this.casePrefixes = new Int32Array(rows);
    this.caseTails = new Float64Array(rows);
    this.columns = LEDGER_COLUMNS[this.ledger].map(() => new Int32Array(this.capacity));
  }

  take(): LedgerBatch {
    const { ledger, size, keys, asciiKeys, casePrefixes, caseTails, columns, newMatters, newPrefixes, rowsRead, rejected } = this;
    Object.assign(this, { size: 0, rowsRead: 0, rejected: 0, asciiKeys: true, keys: [], newMatters: [], newPrefixes: [] });
    this.allocate();
    return { ledger, size, keys, asciiKeys, casePrefixes, caseTails, columns, newMatters, newPrefixes, rowsRead, rejected };
  }
}

/**
 * A cache from cell text (and cell bytes) to a resolved number; 0 means "not known".
 *
 * @example
 * const kinds = new Lookup((t) => (t === "行政许可" ? 1 : 0), decode); kinds.text("行政许可"); // 1
 */
export class Lookup {
  private readonly byBytes = new ByteDict<number>();
  private readonly byText = new Map<string, number>();

  constructor(
    private readonly resolve: (text: string) => number,
    private readonly decode: Decode,
  ) {}

  bytes(b: Uint8Array, start: number, end: number): number {
    let v = this.byBytes.get(b, start, end);
    if (v === undefined) {
      v = this.text(this.decode(b, start, end));
      this.byBytes.set(b, start, end, v);
    }
    return v;
  }

  text(s: string): number {
    let v = this.byText.get(s);
    if (v === undefined) {
      v = this.resolve(s.trim());
      this.byText.set(s, v);
    }
    return v;
  }
}

/**
 * Text of a spreadsheet or csv-parse cell.
 *
 * @example
 * cellText(new Date(Date.UTC(2023, 11, 15, 9))); // "2023-12-15 09:00:00"
 */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 19).replace("T", " ");
  return String(v);
}

const HEADER_TRIES = 10;

/**
 * The part of reading a ledger export that does not depend on the ledger: finding the
 * header (title rows above it are skipped), filling batches, counting and rejecting rows.
 */
export abstract class LedgerSink implements RecordSink {
  fieldLimit = 512;
  /** Fields a row must have: trailing optional columns may be left out (XLSX and some exporters do). */
  protected required = 0;
  protected cols: ColumnIndexes | null = null;
  protected batch: BatchBuilder;
  protected readonly matterIds: Lookup;
  private readonly pending: LedgerBatch[] = [];
  private readonly candidates: string[][] = [];
  private nextMatter: number;

  constructor(protected readonly ctx: SinkContext) {
    this.batch = new BatchBuilder(ctx.ledger, ctx.batchSize);
    this.nextMatter = Math.max(0, ...ctx.matters.values()) + 1;
    this.matterIds = new Lookup((name) => this.matterId(name), ctx.decode);
  }

  get headerFound(): boolean {
    return this.cols !== null;
  }

  protected abstract onHeader(cols: ColumnIndexes): void;
  protected abstract row(buf: Uint8Array, starts: Int32Array, ends: Int32Array, n: number, line: number): void;
  protected abstract rowValues(fields: unknown[], line: number): void;

  bytes(buf: Uint8Array, starts: Int32Array, ends: Int32Array, n: number, line: number): void {
    if (this.cols) return this.row(buf, starts, ends, n, line);
    const fields: string[] = [];
    for (let i = 0; i < n; i++) fields.push(this.ctx.decode(buf, starts[i], ends[i]));
    this.header(fields);
  }

  values(fields: unknown[], line: number): void {
    if (this.cols) return this.rowValues(fields, line);
    this.header(fields.map(cellText));
  }

  malformed(line: number, reason: string, text: string): void {
    if (!this.cols) return this.header([text]);
    this.batch.rowsRead++;
    this.reject(line, "格式错误", `第 ${line} 行${reason}`, text);
  }

  private header(fields: string[]): void {
    if (fields.every((f) => !f.trim())) return;
    const cols = matchHeader(this.ctx.ledger, fields, this.ctx.mapping);
    if (cols) {
      this.cols = cols;
      this.fieldLimit = Math.max(...Object.values(cols)) + 1;
      this.required = Math.max(...LEDGER_FIELDS[this.ctx.ledger].filter((f) => f.required).map((f) => cols[f.field])) + 1;
      this.onHeader(cols);
      return;
    }
    this.candidates.push(fields);
    if (this.candidates.length >= HEADER_TRIES) throw this.headerError();
  }

  /** Why no header was found: not a table at all, or a table without the required columns. */
  headerError(): ZhoubaoError {
    const table = this.candidates.find((f) => f.filter((x) => x.trim()).length >= 2);
    if (!table)
      return new ZhoubaoError("ledger.bad-file", `文件“${this.ctx.file}”不是 CSV 或 XLSX 表格：找不到用逗号分隔的表头行。`, { file: this.ctx.file });
    return missingColumns(this.ctx.ledger, table, this.ctx.mapping, this.ctx.file);
  }

  /** Rejects the current row (already counted in rowsRead). */
  protected reject(line: number, kind: string, reason: string, text: string): void {
    this.batch.rejected++;
    this.ctx.rejections.add(line, kind, `第 ${line} 行：${reason}`, text);
  }

  /** Adds a row whose key the caller has set: the values in LEDGER_COLUMNS order. */
  protected push(values: number[]): void {
    const b = this.batch;
    for (let j = 0; j < values.length; j++) b.columns[j][b.size] = values[j];
    this.pushed();
  }

  /** Completes a row whose key and values the caller wrote into the batch's arrays at batch.size. */
  protected pushed(): void {
    const b = this.batch;
    if (++b.size === b.capacity) this.pending.push(b.take());
  }

  private matterId(name: string): number {
    if (!name) return 0;
    let id = this.ctx.matters.get(name);
    if (id === undefined) {
      id = this.nextMatter++;
      this.ctx.matters.set(name, id);
      this.batch.newMatters.push({ id, name });
    }
    return id;
  }

  async drain(): Promise<void> {
    while (this.pending.length) await this.ctx.write(this.pending.shift()!);
  }

  /** Writes the last, partial batch; returns the rows read and rejected after it. */
  async end(): Promise<{ rowsRead: number; rejected: number }> {
    if (this.batch.size) this.pending.push(this.batch.take());
    await this.drain();
    const tail = { rowsRead: this.batch.rowsRead, rejected: this.batch.rejected };
    this.batch.rowsRead = this.batch.rejected = 0;
    return tail;
  }
}
