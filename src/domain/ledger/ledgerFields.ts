import { z } from "zod";

/**
 * The columns a ledger import reads: the importer matches headers by them, and the web
 * app's 列对应 form offers them when an export's headers differ.
 */

/** A field the importer reads, the usual header of its column, and other headers seen in exports. */
export type FieldSpec = { field: string; label: string; required: boolean; synonyms: string[] };

export const LEDGER_FIELDS: Record<"cases" | "desk", FieldSpec[]> = {
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

/** field → column header, as given with --map, saved per source, or chosen in the web app. */
export type ColumnMapping = Record<string, string>;

/**
 * A column mapping for one ledger as a form sends it: known fields only, each to a header.
 *
 * @example
 * columnMapping("cases").parse({ caseNo: "统一编码" }); // { caseNo: "统一编码" }
 */
export function columnMapping(ledger: "cases" | "desk") {
  const fields = LEDGER_FIELDS[ledger].map((f) => f.field) as [string, ...string[]];
  return z.partialRecord(z.enum(fields), z.string().trim().min(1, "列名不能为空").max(100, "列名太长"));
}
