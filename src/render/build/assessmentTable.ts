import type { AssessmentAttachment } from "../../domain/index.js";
import type { Table } from "../model.js";
import { formatScore } from "./text.js";

/**
 * The monthly window assessment as a table: 序号 is left empty on a row that ties with the
 * row above (standard competition ranking prints 12, ␣, 14), as the center prints it.
 *
 * @example
 * assessmentTable(att).rows[12]; // ["", "文化和旅游厅", "100", "0", "4", "104"]
 */
export function assessmentTable(a: AssessmentAttachment): Table {
  return {
    columns: [
      // Sized so no header and no department name (up to 12 characters) wraps.
      { header: "序号", width: 0.075, align: "center" },
      { header: "部门窗口", width: 0.4, align: "center" },
      { header: "基础分分值", width: 0.15, align: "center" },
      { header: "减分分值", width: 0.125, align: "center" },
      { header: "加分分值", width: 0.125, align: "center" },
      { header: "实得分值", width: 0.125, align: "center" },
    ],
    rows: a.rows.map((r, i) => [
      i > 0 && a.rows[i - 1].rank === r.rank ? "" : String(r.rank),
      r.department,
      formatScore(r.base),
      formatScore(r.deduction),
      formatScore(r.bonus),
      formatScore(r.score),
    ]),
  };
}
