import type { AssessmentAttachment, AssessmentRow, DepartmentRegistry } from "../../../domain/index.js";
import type { ImportProblem, ReportLine } from "../types.js";
import { foldCells, squash } from "../text/fold.js";
import { resolveDepartment } from "./departments.js";
import { unknownDepartment } from "./figures.js";
import { ATTACHMENT_START } from "./patterns.js";

export type AttachmentResult = { attachment: AssessmentAttachment | null; unparsed: ReportLine[]; problems: ImportProblem[] };

const N = "(-?\\d+(?:\\.\\d+)?)";
/** rank? department base deduction bonus score — the rank cell is empty for a tie. */
const ROW = new RegExp(`^(?:(\\d{1,3})\\s*)?([^\\d\\s-].*?)\\s+${N}\\s+${N}\\s+${N}\\s+${N}$`);
const NUMBERS_ONLY = new RegExp(`^(?:(\\d{1,3})\\s+)?${N}\\s+${N}\\s+${N}\\s+${N}$`);
const PENDING = /^(?:(\d{1,3})\s+)?([\u4e00-\u9fff（）()]{2,24})$/;
const HEADER_WORD = /序号|名次|排名|部门|窗口|基础分|减分|加分|实得|得分|分值/g;

/**
 * Reads the monthly window assessment table appended to an issue: title, header and
 * rows. An empty rank cell ties the row with the one above (standard competition
 * ranking, DESIGN.md §3); scores and ranks are checked, not trusted.
 *
 * @example
 * readAssessment(lines, registry, "2023年10月…窗口考核结果").attachment?.rows[12]; // { rank: 12, department: "文化和旅游厅", … }
 */
export function readAssessment(lines: ReportLine[], registry: DepartmentRegistry, referenced: string | null): AttachmentResult {
  const unparsed: ReportLine[] = [];
  const problems: ImportProblem[] = [];
  const rows: (AssessmentRow & { line: number })[] = [];
  const titleParts: string[] = [];
  // A name the layout wrapped away from its figures: "8 省新闻出版局" / "(省电影局) 100 0 5 105".
  let pendingName: { text: string; rank: string | undefined; line: ReportLine } | null = null;
  let headerSeen = false;
  const addRow = (rank: string | undefined, name: string, nums: string[], line: ReportLine) => {
    const dept = resolveDepartment(registry, name);
    if (!dept.known) problems.push(unknownDepartment(dept.name, line.no));
    const [base, deduction, bonus, score] = nums.map(Number);
    const tied = rank === undefined || rank === "";
    if (tied && !rows.length)
      problems.push({ code: "assessment.rank-mismatch", line: line.no, message: `考核表第一行（第 ${line.no} 行）没有名次，按第 1 名处理。` });
    rows.push({ rank: tied ? (rows[rows.length - 1]?.rank ?? 1) : Number(rank), department: dept.name, base, deduction, bonus, score, line: line.no });
  };
  for (const line of lines) {
    const cells = foldCells(line.raw);
    const text = line.text;
    if (ATTACHMENT_START.test(text)) continue;
    const row = cells.length < 200 ? ROW.exec(cells) : null;
    if (row && /[\u4e00-\u9fff]/.test(row[2])) {
      addRow(pendingName ? (pendingName.rank ?? row[1]) : row[1], pendingName ? pendingName.text + row[2] : row[2], row.slice(3, 7), line);
      pendingName = null;
      continue;
    }
    const numbers = cells.length < 200 ? NUMBERS_ONLY.exec(cells) : null;
    if (numbers && pendingName) {
      addRow(pendingName.rank ?? numbers[1], pendingName.text, numbers.slice(2, 6), line);
      pendingName = null;
      continue;
    }
    const titleLike = /考核|\d{4}年\d{1,2}月/.test(text);
    if (!titleLike && (text.match(HEADER_WORD) ?? []).length >= 2) {
      headerSeen = true;
      continue;
    }
    // The rest of a header the layout wrapped ("号 分值 值 值 值").
    if (headerSeen && !rows.length && !pendingName && /^[序号名次排部门窗口基础减加实得分值\s]+$/.test(cells)) continue;
    if (rows.length && /^（.+）$/.test(text) && !pendingName) {
      const last = rows[rows.length - 1];
      const dept = resolveDepartment(registry, last.department + text);
      if (dept.known) last.department = dept.name;
      else unparsed.push(line);
      continue;
    }
    if (!rows.length && /[\u4e00-\u9fff]/.test(text) && (titleLike || !/^\d/.test(text))) {
      titleParts.push(text);
      continue;
    }
    const pending: RegExpExecArray | null = (rows.length || headerSeen) && !pendingName ? PENDING.exec(cells) : null;
    if (pending) {
      pendingName = { text: pending[2], rank: pending[1], line };
      continue;
    }
    unparsed.push(line);
  }
  if (pendingName) unparsed.push(pendingName.line);
  const title = squash(titleParts.join("")) || (referenced ? squash(referenced) : "");
  const month = /(\d{4})年(\d{1,2})月/.exec(title);
  if (!/考核/.test(title) || !rows.length || !month) {
    return {
      attachment: null,
      unparsed: lines.filter((l) => l.text && !ATTACHMENT_START.test(l.text)),
      problems: [
        {
          code: "attachment.unsupported",
          line: lines[0]?.no ?? null,
          message: `附件“${title || "（无标题）"}”不是可识别的窗口考核结果表（应有“某年某月…考核结果”标题和“序号、部门窗口、基础分值、减分分值、加分分值、实得分值”各列），未导入。`,
        },
      ],
    };
  }
  problems.push(...checkRows(rows));
  return {
    attachment: {
      kind: "assessment",
      month: `${month[1]}-${month[2].padStart(2, "0")}`,
      title,
      rows: rows.map(({ line: _line, ...r }) => r),
    },
    unparsed,
    problems,
  };
}

function checkRows(rows: (AssessmentRow & { line: number })[]): ImportProblem[] {
  const out: ImportProblem[] = [];
  for (const r of rows) {
    if (Math.abs(r.base + r.deduction + r.bonus - r.score) > 1e-6)
      out.push({
        code: "assessment.score-mismatch",
        line: r.line,
        message: `${r.department}的实得分 ${r.score} 不等于基础分 ${r.base} + 减分 ${r.deduction} + 加分 ${r.bonus}。`,
      });
    const expected = 1 + rows.filter((o) => o.score > r.score + 1e-9).length;
    if (r.rank !== expected)
      out.push({ code: "assessment.rank-mismatch", line: r.line, message: `${r.department}的名次印为 ${r.rank}，按实得分应为 ${expected}。` });
  }
  return out;
}
