import { createReadStream } from "node:fs";
import { ZhoubaoError, isZhoubaoError } from "../../domain/errors.js";
import type { RecordSink } from "./csvReader.js";
import { loadExcel } from "./excel.js";

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

/**
 * Streams the first worksheet of an XLSX file to a sink, row by row (exceljs's streaming
 * reader: the sheet is never held in memory). Line numbers are the sheet's row numbers.
 *
 * @example
 * await readXlsx("/data/办件.xlsx", sink, (bytes) => bar.update(bytes));
 */
export async function readXlsx(file: string, sink: RecordSink, onBytes?: (n: number) => void): Promise<void> {
  const input = createReadStream(file, { highWaterMark: 1 << 20 });
  let bytes = 0;
  input.on("data", (c) => (bytes += c.length));
  const ExcelJS = await loadExcel();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "ignore" });
  try {
    for await (const sheet of reader) {
      let n = 0;
      for await (const row of sheet) {
        const values = Array.from((row.values as unknown[]).slice(1), plain);
        sink.values(values, row.number);
        if (++n % DRAIN_EVERY === 0) {
          await sink.drain();
          onBytes?.(bytes);
        }
      }
      break;
    }
  } catch (e) {
    if (isZhoubaoError(e)) throw e;
    const msg = e instanceof Error ? e.message : String(e);
    throw new ZhoubaoError("ledger.bad-file", `XLSX 文件“${file}”无法读取（可能已损坏）：${msg}`, { file, cause: msg });
  } finally {
    input.destroy();
  }
  await sink.drain();
  onBytes?.(bytes);
}
