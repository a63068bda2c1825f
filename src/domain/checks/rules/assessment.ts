import { foldName } from "../../departments/registry.js";
import type { AssessmentAttachment } from "../../model/assessment.js";
import { found, type IssueView, type Place, type RuleContext } from "../context.js";
import type { Finding } from "../finding.js";
import { competitionRanks } from "../../assessment/scoring.js";

/** Scores are given to halves of a point; compare them with a tolerance, never with ===. */
const EPS = 1e-6;
const fmt = (n: number): string => String(Math.round(n * 1e4) / 1e4);

type Table = { table: AssessmentAttachment; index: number };

function tables({ doc }: IssueView): Table[] {
  const out: Table[] = [];
  doc.attachments.forEach((a, index) => {
    if (a.kind === "assessment") out.push({ table: a, index });
  });
  return out;
}

function rowPlace({ table, index }: Table, row: number, field: string): Place {
  return { section: `附件：${table.title}`, sectionId: null, field: `attachments[${index}].rows[${row}].${field}` };
}

/**
 * assessment.score-mismatch (error): 实得分 ≠ 基础分 + 减分 + 加分.
 *
 * @example 成都海关 100 − 2 + 0 printed as 99 → "…合计应为 98 分，表中实得分为 99 分。"
 */
export function assessmentScoreMismatch(view: IssueView): Finding[] {
  const out: Finding[] = [];
  for (const t of tables(view))
    t.table.rows.forEach((r, i) => {
      const sum = r.base + r.deduction + r.bonus;
      if (Math.abs(sum - r.score) <= EPS) return;
      out.push(
        found(
          "assessment.score-mismatch",
          `${r.department}基础分 ${fmt(r.base)} 分、减分 ${fmt(r.deduction)} 分、加分 ${fmt(r.bonus)} 分，合计应为 ${fmt(sum)} 分，表中实得分为 ${fmt(r.score)} 分。`,
          rowPlace(t, i, "score"),
        ),
      );
    });
  return out;
}

/**
 * assessment.rank-mismatch (error): a rank is not the standard competition ranking of
 * the printed scores (104, 104, 103.5 → 12, 12, 14).
 *
 * @example 文化和旅游厅 104 ranked 13 → "…按实得分排名应为第 12 名（并列），表中为第 13 名。"
 */
export function assessmentRankMismatch(view: IssueView): Finding[] {
  const out: Finding[] = [];
  for (const t of tables(view)) {
    const scores = t.table.rows.map((r) => r.score);
    const ranks = competitionRanks(scores);
    t.table.rows.forEach((r, i) => {
      if (r.rank === ranks[i]) return;
      const tied = ranks.filter((x) => x === ranks[i]).length > 1 ? "（并列）" : "";
      out.push(
        found(
          "assessment.rank-mismatch",
          `${r.department}实得分 ${fmt(r.score)} 分，按实得分排名应为第 ${ranks[i]} 名${tied}，表中为第 ${r.rank} 名。`,
          rowPlace(t, i, "rank"),
        ),
      );
    });
  }
  return out;
}

/**
 * assessment.duplicate-department (error): a department appears twice in one table
 * (aliases count as the same department: 应急厅 = 应急管理厅).
 *
 * @example "水利厅在考核表中出现 2 次（第 12、13 行）。"
 */
export function assessmentDuplicateDepartment(view: IssueView, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const t of tables(view)) {
    const seen = new Map<string, number[]>();
    t.table.rows.forEach((r, i) => {
      const key = ctx.registry.resolve(r.department) ?? foldName(r.department);
      const at = seen.get(key);
      if (at) at.push(i);
      else seen.set(key, [i]);
    });
    for (const [name, rows] of seen)
      for (const i of rows.slice(1))
        out.push(
          found(
            "assessment.duplicate-department",
            `${name}在考核表中出现 ${rows.length} 次（第 ${rows.map((x) => x + 1).join("、")} 行）。`,
            rowPlace(t, i, "department"),
          ),
        );
  }
  return out;
}

/**
 * assessment.sign (error): a deduction above 0 or a bonus below 0 (减分 ≤ 0, 加分 ≥ 0).
 *
 * @example deduction 2 → "成都海关的减分为 2 分；减分应填 0 或负数（如 -2）。"
 */
export function assessmentSign(view: IssueView): Finding[] {
  const out: Finding[] = [];
  for (const t of tables(view))
    t.table.rows.forEach((r, i) => {
      if (r.deduction > 0)
        out.push(
          found(
            "assessment.sign",
            `${r.department}的减分为 ${fmt(r.deduction)} 分；减分应填 0 或负数（如 -${fmt(r.deduction)}）。`,
            rowPlace(t, i, "deduction"),
          ),
        );
      if (r.bonus < 0)
        out.push(
          found("assessment.sign", `${r.department}的加分为 ${fmt(r.bonus)} 分；加分应填 0 或正数。`, rowPlace(t, i, "bonus")),
        );
    });
  return out;
}
