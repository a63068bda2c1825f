import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { ZhoubaoError, isZhoubaoError } from "../../domain/errors.js";
import type { RecordSink } from "./csvReader.js";
import { loadExcel } from "./excel.js";
import { fileReader } from "../zip/directory.js";
import { zipRefusal, type ZipLimits } from "../zip/limits.js";

/**
 * Worksheets are streamed (only time is at stake), but the other parts — shared
 * strings above all — are held in memory by exceljs. Real sheet XML deflates about
 * 10:1, a zip bomb 1000:1; a part may inflate to 100 times its size (at least 16 MB).
 * The workbook's other XML parts (styles, workbook, relationships, properties) hold a few
 * kB in an export and a few MB in the most styled workbook; stored uncompressed, a
 * 70 MB styles.xml passed the ratio and took exceljs over a minute (fuzz inputs 14015 and
 * 64361 of seed 1): they may hold SMALL_PART_BYTES.
 */
const SMALL_PART_BYTES = 16 << 20;
const XLSX_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxEntryBytes: (compressed, name) => {
    const byRatio = Math.max(16 << 20, compressed * 100);
    if (name.startsWith("xl/worksheets/")) return byRatio;
    if (name !== "xl/sharedStrings.xml" && /\.(xml|rels)$/.test(name)) return SMALL_PART_BYTES;
    return Math.min(byRatio, 256 << 20);
  },
  maxTotalBytes: 16 * 1024 ** 3,
  // exceljs's streaming reader can wait forever on a damaged entry instead of failing.
  verifyData: true,
};

/** Throws ledger.bad-file when the XLSX's directory is missing or beyond XLSX_LIMITS. */
async function checkZip(file: string): Promise<void> {
  const f = await fileReader(file);
  try {
    const refusal = await zipRefusal(f.read, f.size, XLSX_LIMITS);
    if (refusal) throw new ZhoubaoError("ledger.bad-file", `XLSX 文件“${basename(file)}”无法读取：${refusal}。`, { file });
  } finally {
    await f.close();
  }
}

/** Rows between two drains: a batch is written while the sheet is still being read. */
const DRAIN_EVERY = 2000;

/** The plain value of an exceljs cell: text, number, Date, or the result of a formula. */
function plain(v: unknown): unknown {
  if (v === null || v === undefined) return "";
  if (typeof v !== "object" || v instanceof Date) return v;
  const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: unknown };
  if (o.richText) return o.richText.map((r) => r.text).join("");
  if ("result" in o) return plain(o.result);
  if (o.text !== undefined) return plain(o.text);
  return "";
}

/** No byte read and no row emitted for this long (while not writing) ends the read as stalled. */
export const DEFAULT_STALL_MS = 30_000;

/**
 * Streams the first worksheet of an XLSX file to a sink, row by row (exceljs's streaming
 * reader: the sheet is never held in memory). Line numbers are the sheet's row numbers.
 * exceljs neither ends nor fails on some corrupt entries (its inflater waits for data that
 * never comes). The entry check before the read (CRC and sizes of every entry) refuses the
 * damaged files found so far with ledger.bad-file; a watchdog stays behind it for what that
 * check cannot see (a slow or hung mount, damage of a kind not met yet) and ends a read that
 * makes no progress for `stallMs` with ledger.stalled; the time the sink spends writing does
 * not count.
 *
 * @example
 * await readXlsx("/data/办件.xlsx", sink, (bytes) => bar.update(bytes));
 */
export async function readXlsx(
  file: string,
  sink: RecordSink,
  onBytes?: (n: number) => void,
  stallMs = DEFAULT_STALL_MS,
  // Off only to test the watchdog itself: the entry check refuses every stalling file found so far.
  { checkEntries = true }: { checkEntries?: boolean } = {},
): Promise<void> {
  if (checkEntries) await checkZip(file);
  const input = createReadStream(file, { highWaterMark: 1 << 20 });
  let bytes = 0;
  let lastProgress = Date.now();
  let writing = false;
  input.on("data", (c) => {
    bytes += c.length;
    lastProgress = Date.now();
  });
  const ExcelJS = await loadExcel();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "ignore" });
  const drain = async () => {
    writing = true;
    try {
      await sink.drain();
    } finally {
      writing = false;
      lastProgress = Date.now();
    }
  };
  const read = async () => {
    for await (const sheet of reader) {
      let n = 0;
      for await (const row of sheet) {
        lastProgress = Date.now();
        const values = Array.from((row.values as unknown[]).slice(1), plain);
        sink.values(values, row.number);
        if (++n % DRAIN_EVERY === 0) {
          await drain();
          onBytes?.(bytes);
        }
      }
      break;
    }
  };
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setInterval(() => {
      if (writing || Date.now() - lastProgress < stallMs) return;
      reject(
        new ZhoubaoError("ledger.stalled", `XLSX 文件“${basename(file)}”读取 ${Math.round(stallMs / 1000)} 秒没有进展（文件可能已损坏），已停止导入。请在 Excel/WPS 中打开后重新另存为 XLSX。`, {
          file,
          bytesRead: bytes,
        }),
      );
    }, Math.max(10, Math.min(1000, stallMs / 4)));
  });
  const reading = read();
  // A stalled read never settles, or settles after the watchdog: nobody awaits it then.
  reading.catch(() => {});
  try {
    await Promise.race([reading, stalled]);
  } catch (e) {
    if (isZhoubaoError(e)) throw e;
    const msg = e instanceof Error ? e.message : String(e);
    throw new ZhoubaoError("ledger.bad-file", `XLSX 文件“${basename(file)}”无法读取（可能已损坏），请在 Excel/WPS 中打开后重新另存为 XLSX。`, { file, cause: msg });
  } finally {
    clearInterval(timer);
    input.destroy();
  }
  await sink.drain();
  onBytes?.(bytes);
}
