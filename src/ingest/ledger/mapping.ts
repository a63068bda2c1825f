import { ZhoubaoError } from "../../domain/errors.js";
import { LEDGER_FIELDS, type ColumnMapping } from "../../domain/ledger/ledgerFields.js";
import type { LedgerKind } from "../../store/repositories/ledgerTypes.js";

/** field → column index in the header (-1: absent). */
export type ColumnIndexes = Record<string, number>;

/** Folds the spellings of one header: spaces, BOM, full-width brackets, the * of required columns. */
export const foldHeader = (h: string): string => h.replace(/[\s\u3000\uFEFF*＊]/g, "").replace(/（/g, "(").replace(/）/g, ")");

const labels = (ledger: LedgerKind) => LEDGER_FIELDS[ledger].map((f) => f.label).join("、");

/**
 * Reads `--map` options: "办件编号=申报号" or "caseNo=申报号".
 *
 * @example
 * parseMappingOptions("cases", ["部门=实施主体"]); // { department: "实施主体" }
 */
export function parseMappingOptions(ledger: LedgerKind, options: string[]): ColumnMapping {
  const out: ColumnMapping = {};
  for (const o of options) {
    // Split at the first "=" and trim, not a regex with lazy groups beside \s*,
    // which backtracks quadratically over a long run of spaces.
    const at = o.search(/[=＝]/);
    const name = at < 0 ? "" : o.slice(0, at).trim();
    const column = o.slice(at + 1).trim();
    const spec = name && column ? LEDGER_FIELDS[ledger].find((f) => f.label === name || f.field === name) : undefined;
    if (!spec)
      throw new ZhoubaoError("ledger.bad-mapping", `列映射“${o}”不对：应写成 字段=文件中的列名，字段为 ${labels(ledger)} 之一。`, { option: o });
    out[spec.field] = column;
  }
  return out;
}

/**
 * Matches a header row against the fields; null when a required field has no column.
 *
 * @example
 * matchHeader("cases", ["申报号", "实施主体", "权力类型", "受理日期"], {}); // { caseNo: 0, department: 1, … }
 */
export function matchHeader(ledger: LedgerKind, header: string[], mapping: ColumnMapping): ColumnIndexes | null {
  const folded = header.map((h) => foldHeader(String(h ?? "")));
  const out: ColumnIndexes = {};
  for (const f of LEDGER_FIELDS[ledger]) {
    const names = mapping[f.field] ? [mapping[f.field]] : [f.label, ...f.synonyms];
    out[f.field] = -1;
    for (const n of names) {
      const i = folded.indexOf(foldHeader(n));
      if (i >= 0) {
        out[f.field] = i;
        break;
      }
    }
    if (f.required && out[f.field] < 0) return null;
  }
  return out;
}

/**
 * The ledger.bad-mapping error for a header that lacks required columns.
 *
 * @example
 * missingColumns("cases", ["办件编号"], {}, "a.csv").message; // "文件“a.csv”缺少必需的列：事项类型、部门、受理时间。…"
 */
export function missingColumns(ledger: LedgerKind, header: string[], mapping: ColumnMapping, file: string): ZhoubaoError {
  const folded = header.map((h) => foldHeader(String(h ?? "")));
  const missing = LEDGER_FIELDS[ledger]
    .filter((f) => f.required)
    .filter((f) => !(mapping[f.field] ? [mapping[f.field]] : [f.label, ...f.synonyms]).some((n) => folded.includes(foldHeader(n))));
  const missingFields = missing.map((f) => f.field);
  const missingText = missing.map((f) => (mapping[f.field] ? `${f.label}（映射到的列“${mapping[f.field]}”不存在）` : f.label));
  const shown = header.filter((h) => String(h ?? "").trim()).slice(0, 20).join("、") || "（空）";
  return new ZhoubaoError(
    "ledger.bad-mapping",
    `文件“${file}”缺少必需的列：${missingText.join("、")}。表头为：${shown}。如列名不同，请指定各项对应的列：网页上在“列对应”中选择，命令行用 --map ${missingText[0]?.replace(/（.*$/, "") ?? "字段"}=文件中的列名；给出数据来源名称（--source）会保存这一对应关系。`,
    { file, ledger, missing: missingText, missingFields, header },
  );
}
