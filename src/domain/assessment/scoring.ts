import type { AssessmentRow } from "../model/assessment.js";

export type UnrankedRow = Omit<AssessmentRow, "rank" | "score"> & { score?: number };

/** 实得分 = 基础分 + 减分 + 加分, rounded to the half points the table uses (no float noise). */
export function assessmentScore(r: { base: number; deduction: number; bonus: number }): number {
  return Math.round((r.base + r.deduction + r.bonus) * 100) / 100;
}

/**
 * Scores and ranks a month's rows: score = base + deduction + bonus; rank is standard
 * competition ranking (ties share the rank, the next rank skips: 12, 12, 14). Rows are
 * returned best first; ties keep their given order.
 *
 * @example
 * rankAssessment([{ department: "水利厅", base: 100, deduction: 0, bonus: 4 }, …])
 */
export function rankAssessment(rows: UnrankedRow[]): AssessmentRow[] {
  const scored = rows
    .map((r, i) => ({ row: { ...r, score: assessmentScore(r) }, i }))
    .sort((a, b) => b.row.score - a.row.score || a.i - b.i)
    .map((x) => x.row);
  const ranks = competitionRanks(scored.map((r) => r.score));
  return scored.map((r, i) => ({ rank: ranks[i], ...r }));
}

/** The standard competition ranks of a list of scores, in the given order. */
export function competitionRanks(scores: number[]): number[] {
  return scores.map((s) => 1 + scores.filter((o) => o > s).length);
}
