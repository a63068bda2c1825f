import { ZhoubaoError } from "../../domain/errors.js";

/** What a file is, from its first bytes. */
export type Sniffed =
  | { format: "xlsx" }
  | { format: "csv"; encoding: "utf8" | "gb18030"; bom: number }
  | { format: "csv"; encoding: "utf16le" | "utf16be"; bom: number };

const starts = (b: Uint8Array, ...sig: number[]) => sig.every((x, i) => b[i] === x);
const bad = (message: string, file: string) => new ZhoubaoError("ledger.bad-file", message, { file });

/**
 * Tells XLSX from CSV and finds the CSV's encoding: a BOM decides; otherwise the first
 * 64 KB — the header included, whose column names are Chinese — either are valid UTF-8
 * or are read as GB18030 (a superset of GBK and GB2312, what Excel saves on Chinese
 * Windows). Refuses empty, binary and legacy-Excel files with ledger.bad-file.
 *
 * @example
 * sniff(Buffer.from("\uFEFF办件编号,…"), "a.csv"); // { format: "csv", encoding: "utf8", bom: 3 }
 */
export function sniff(head: Uint8Array, file: string): Sniffed {
  if (head.length === 0 || head.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09))
    throw bad(`文件“${file}”是空的，没有表头也没有数据。`, file);
  if (starts(head, 0x50, 0x4b, 0x03, 0x04)) return { format: "xlsx" };
  if (starts(head, 0xd0, 0xcf, 0x11, 0xe0))
    throw bad(`文件“${file}”是旧版 Excel（.xls）格式，请在 Excel 中另存为 .xlsx 或 CSV（逗号分隔）后再导入。`, file);
  if (starts(head, 0x25, 0x50, 0x44, 0x46)) throw bad(`文件“${file}”是 PDF 文档，不是 CSV 或 XLSX 表格。`, file);
  if (starts(head, 0xef, 0xbb, 0xbf)) return { format: "csv", encoding: "utf8", bom: 3 };
  if (starts(head, 0xff, 0xfe)) return { format: "csv", encoding: "utf16le", bom: 2 };
  if (starts(head, 0xfe, 0xff)) return { format: "csv", encoding: "utf16be", bom: 2 };
  if (head.includes(0)) throw bad(`文件“${file}”不是文本表格（含有二进制内容），请导出为 CSV 或 XLSX。`, file);
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
    return { format: "csv", encoding: "utf8", bom: 0 };
  } catch {
    return { format: "csv", encoding: "gb18030", bom: 0 };
  }
}

/** Human name of an encoding in messages. */
export const ENCODING_LABELS: Record<string, string> = { utf8: "UTF-8", gb18030: "GB18030（GBK）", utf16le: "UTF-16", utf16be: "UTF-16" };
