import { ZhoubaoError } from "../../domain/errors.js";
import type { LedgerKind } from "../../store/repositories/ledgerTypes.js";

/** A field the importer reads, the usual header of its column, and other headers seen in exports. */
export type FieldSpec = { field: string; label: string; required: boolean; synonyms: string[] };

export const LEDGER_FIELDS: Record<LedgerKind, FieldSpec[]> = {
  cases: [
    { field: "caseNo", label: "办件编号", required: true, synonyms: ["办件号", "办件流水号", "申报号", "申办号", "业务流水号", "受理编号"] },
    { field: "matter", label: "事项名称", required: false, synonyms: ["事项", "办理事项", "申请事项", "办理项名称"] },
    { field: "kind", label: "事项类型", required: true, synonyms: ["事项类别", "事项分类", "权力类型", "权力事项类型"] },
    { field: "department", label: "部门", required: true, synonyms: ["受理部门", "办理部门", "实施部门", "实施主体", "部门名称", "所属部门"] },
    { field: "acceptedAt", label: "受理时间", required: true, synonyms: ["受理日期"] },
    { field: "completedAt", label: "办结时间", required: false, synonyms: ["办结日期", "完成时间"] },
  ],
  desk: [
    { field: "eventNo", label: "流水号", required: false, synonyms: ["事件编号", "登记号", "编号"] },
    { field: "matter", label: "事项名称", required: false, synonyms: ["事项", "办理事项"] },
    { field: "type", label: "业务类型", required: true, synonyms: ["事件类型", "办理类型", "类型"] },
    { field: "department", label: "部门", required: true, synonyms: ["受理部门", "办理部门", "部门名称", "所属部门"] },
    { field: "occurredAt", label: "发生时间", required: true, synonyms: ["办理时间", "登记时间", "时间", "日期"] },
  ],
};

/** field → column header, as given with --map and saved per source. */
export type ColumnMapping = Record<string, string>;
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
    const m = /^\s*([^=＝]+?)\s*[=＝]\s*(.+?)\s*$/.exec(o);
    const spec = m && LEDGER_FIELDS[ledger].find((f) => f.label === m[1] || f.field === m[1]);
    if (!m || !spec)
      throw new ZhoubaoError("ledger.bad-mapping", `列映射“${o}”不对：应写成 字段=文件中的列名，字段为 ${labels(ledger)} 之一。`, { option: o });
    out[spec.field] = m[2];
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
    .filter((f) => !(mapping[f.field] ? [mapping[f.field]] : [f.label, ...f.synonyms]).some((n) => folded.includes(foldHeader(n))))
    .map((f) => (mapping[f.field] ? `${f.label}（映射到的列“${mapping[f.field]}”不存在）` : f.label));
  const shown = header.filter((h) => String(h ?? "").trim()).slice(0, 20).join("、") || "（空）";
  return new ZhoubaoError(
    "ledger.bad-mapping",
    `文件“${file}”缺少必需的列：${missing.join("、")}。表头为：${shown}。如列名不同，可用 --map ${missing[0]?.replace(/（.*$/, "") ?? "字段"}=文件中的列名 指定（--source 会保存这一映射）。`,
    { file, missing, header },
  );
}
