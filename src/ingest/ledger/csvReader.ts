import { parse } from "csv-parse/sync";

/** Where records go. The fast path hands over byte ranges, the slow path decoded strings. */
export interface RecordSink {
  /** How many leading fields the sink needs; the splitter stops there. */
  fieldLimit: number;
  /** Fields f = 0 … n−1 of one record are buf[starts[f], ends[f]). */
  bytes(buf: Uint8Array, starts: Int32Array, ends: Int32Array, n: number, line: number): void;
  values(fields: unknown[], line: number): void;
  malformed(line: number, reason: string, text: string): void;
  /** Called after each chunk of the file: the sink writes the batches it has filled. */
  drain(): Promise<void>;
}

/** Bytes of the file (or of its UTF-8 transcoding): fills buf from offset, 0 at the end. */
export type ByteSource = (buf: Buffer, offset: number, length: number) => Promise<number>;

export type CsvOptions = {
  /** Bytes of a byte-order mark to skip. */
  skip: number;
  decode: (b: Uint8Array, start: number, end: number) => string;
  /** Bytes consumed so far, after each chunk. */
  onBytes?: (n: number) => void;
};

const CHUNK = 1 << 22;
/** A quoted record longer than this is a broken quote, not a record. */
const MAX_RECORD = 1 << 20;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * The delimiter of the first line: the most frequent of , tab ; (comma when none).
 *
 * @example
 * detectDelimiter("办件编号\t部门"); // "\t"
 */
export function detectDelimiter(firstLine: string): string {
  const count = (ch: string) => firstLine.split(ch).length - 1;
  return [",", "\t", ";", "，"].reduce((best, d) => (count(d) > count(best) ? d : best), ",");
}

/**
 * Streams a CSV file to a sink. The common case — a line without quotes — is split
 * in place with Buffer.indexOf, never decoded, and costs no allocation; a record with
 * quotes (which may span lines) is decoded and parsed by csv-parse. Byte-level splitting
 * is safe for UTF-8 and for GB18030, whose multi-byte sequences never contain the
 * bytes of , " \n or \r.
 *
 * @example
 * await readCsv(source, { skip: 3, decode }, sink);
 */
export async function readCsv(read: ByteSource, opts: CsvOptions, sink: RecordSink): Promise<void> {
  let buf = Buffer.allocUnsafe(CHUNK * 2);
  let have = 0;
  let pos = 0;
  let line = 1;
  let eof = false;
  let consumed = 0;
  let delimiter = -1;
  let delimiterText = ",";
  const starts = new Int32Array(512);
  const ends = new Int32Array(512);

  while (!eof || pos < have) {
    if (!eof) {
      if (pos > 0) {
        buf.copy(buf, 0, pos, have);
        consumed += pos;
        have -= pos;
        pos = 0;
      }
      if (have + CHUNK > buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, have);
        buf = bigger;
      }
      const n = await read(buf, have, CHUNK);
      if (n === 0) eof = true;
      have += n;
      if (consumed === 0 && line === 1 && pos === 0 && opts.skip) pos = Math.min(opts.skip, have);
    }
    const view = buf.subarray(0, have);
    if (delimiter < 0) {
      const nl = view.indexOf(LF, pos);
      if (nl < 0 && !eof && have < MAX_RECORD) continue;
      delimiterText = detectDelimiter(opts.decode(view, pos, nl < 0 ? have : nl));
      delimiter = Buffer.from(delimiterText)[0];
      if (delimiterText === "，") delimiter = -2; // a full-width comma is multi-byte: always the slow path
    }
    let quote = nextQuote(view, pos, have);
    for (;;) {
      let nl = view.indexOf(LF, pos);
      if (nl < 0) {
        if (!eof || pos >= have) break;
        nl = have;
      }
      if (quote < nl || delimiter === -2) {
        const r = quoted(view, pos, have, eof);
        if (r.next < 0) break;
        if (r.end < 0) sink.malformed(line, "引号不配对，无法识别这一行的各列", opts.decode(view, pos, Math.min(r.next, pos + 200)).trim());
        else {
          const text = opts.decode(view, pos, r.end);
          try {
            const rows = parse(text, { delimiter: delimiterText, relax_quotes: true, relax_column_count: true, bom: false }) as string[][];
            if (rows.length === 1) sink.values(rows[0], line);
            else if (rows.length > 1) sink.malformed(line, "一行中的引号把多条记录连在了一起", text.slice(0, 200));
          } catch (e) {
            sink.malformed(line, `CSV 格式错误：${e instanceof Error ? e.message : String(e)}`, text.slice(0, 200));
          }
        }
        line += r.lines;
        pos = r.next;
        quote = nextQuote(view, pos, have);
        continue;
      }
      let e = nl;
      if (e > pos && view[e - 1] === CR) e--;
      if (e > pos) {
        const limit = Math.min(sink.fieldLimit, starts.length);
        let n = 0;
        let s = pos;
        for (;;) {
          let c = view.indexOf(delimiter, s);
          if (c < 0 || c > e) c = e;
          starts[n] = s;
          ends[n] = c;
          n++;
          if (c >= e || n >= limit) break;
          s = c + 1;
        }
        sink.bytes(view, starts, ends, n, line);
      }
      pos = nl + 1;
      line++;
    }
    if (pos > have) pos = have;
    // Bytes first: the batches this chunk filled are then written as progress of what was read.
    opts.onBytes?.(consumed + pos);
    await sink.drain();
  }
}

function nextQuote(view: Buffer, pos: number, have: number): number {
  const q = view.indexOf(QUOTE, pos);
  return q < 0 ? have + 1 : q;
}

/**
 * The extent of a record that contains quotes: it ends at the first newline outside
 * quotes. next < 0: more bytes are needed. end < 0: the quotes never close (or the
 * record is absurdly long): only its first line is given up.
 */
function quoted(view: Buffer, pos: number, have: number, eof: boolean): { end: number; next: number; lines: number } {
  let inside = false;
  let lines = 1;
  for (let i = pos; ; i++) {
    if (i >= have || i - pos > MAX_RECORD) {
      if (i >= have && !eof) return { end: -1, next: -1, lines: 0 };
      if (!inside && i >= have) return { end: have, next: have, lines };
      const nl = view.indexOf(LF, pos);
      return { end: -1, next: nl < 0 || nl >= have ? have : nl + 1, lines: 1 };
    }
    const b = view[i];
    if (b === QUOTE) inside = !inside;
    else if (b === LF) {
      if (!inside) return { end: i > pos && view[i - 1] === CR ? i - 1 : i, next: i + 1, lines };
      lines++;
    }
  }
}
