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

/** Scores are given to halves of a point; compare them with a tolerance, never with ===. */
const EPS = 1e-6;

/**
 * Standard competition ranking (ties share a rank, the next rank skips) of scores,
 * highest first, in the order given.
 *
 * @example competitionRanks([104.5, 104, 104, 103.5]); // [1, 2, 2, 4]
 */
export function competitionRanks(scores: readonly number[]): number[] {
  const sorted = [...scores].sort((a, b) => b - a);
  return scores.map((s) => {
    // Rank = 1 + how many scores are strictly higher; binary search in the descending list.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] > s + EPS) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  });
}
