import type { AssessmentRow } from "@domain/model/assessment";
import { rankAssessment } from "@domain/assessment/scoring";
import type { AssessmentEntry } from "../../api/types";

const sum = (xs: { points: number }[]) => Math.round(xs.reduce((a, x) => a + (Number(x.points) || 0), 0) * 100) / 100;

/**
 * The ranked table of a month's entries, as the server computes it: 减分 = −Σ deduction
 * items, 加分 = Σ bonus items, 实得分 and the standard competition rank (12, 12, 14).
 *
 * @example
 * liveRanking([{ department: "水利厅", base: 100, deductions: [], bonuses: [{ points: 2, reason: "表扬" }] }])[0].score; // 102
 */
export function liveRanking(entries: AssessmentEntry[]): AssessmentRow[] {
  return rankAssessment(entries.map((e) => ({ department: e.department, base: e.base, deduction: -sum(e.deductions) || 0, bonus: sum(e.bonuses) })));
}
