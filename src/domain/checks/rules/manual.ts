import { formatPercent } from "../../present/sentences.js";
import { found, placeIn, sectionsOf, type IssueView } from "../context.js";
import type { Finding } from "../finding.js";

/**
 * completed/total as a percent, truncated and rounded (half up) to two decimals, in hundredths of a percent.
 *
 * @example percentCandidates(1082, 1645); // { truncated: 6577, rounded: 6578 }
 */
export function percentCandidates(completed: number, total: number): { truncated: number; rounded: number } {
  // Integer arithmetic: 10000·completed/total hundredths, so 1082/1645 → 6577 (truncated), 6578 (rounded).
  const num = 10000 * completed;
  return { truncated: Math.floor(num / total), rounded: Math.floor((2 * num + total) / (2 * total)) };
}

/**
 * Whether a printed percent agrees with `completed`: with a known total, it must be
 * completed/total truncated or rounded to two decimals; without one, some integer
 * total ≥ completed must give it either way. Percents are printed with two decimals
 * and often truncated (DESIGN.md §3).
 *
 * @example
 * percentAgrees(1082, 65.77);       // true: 1082/1645 = 65.775…, truncated
 * percentAgrees(1082, 65.77, 1645); // true
 * percentAgrees(1082, 65.87);       // false: no integer total gives 65.87
 */
export function percentAgrees(completed: number, percent: number, total: number | null = null): boolean {
  const p = Math.round(percent * 100);
  if (Math.abs(percent * 100 - p) > 1e-6) return false; // more than two decimals
  if (total !== null) {
    if (total <= 0) return completed === 0 && p === 0;
    const c = percentCandidates(completed, total);
    return c.truncated === p || c.rounded === p;
  }
  if (completed === 0) return p === 0;
  if (p <= 0) return true; // a total large enough truncates any count to 0.00
  const num = 10000 * completed;
  // Truncation: p·T ≤ num < (p+1)·T — the largest T with p·T ≤ num is the best candidate.
  const tTrunc = Math.floor(num / p);
  if (tTrunc >= completed && (p + 1) * tTrunc > num) return true;
  // Rounding half up: (2p−1)·T ≤ 2·num < (2p+1)·T.
  const tRound = Math.floor((2 * num) / (2 * p - 1));
  return tRound >= completed && (2 * p + 1) * tRound > 2 * num;
}

/**
 * manual.percent-mismatch (error): the share of handling items with an acceptance
 * manual does not agree with the count (see percentAgrees); uses the section's
 * totalItems when it is known.
 *
 * @example 1082 items and 65.87% → "…1082 个办理项与占比 65.87% 不相符…"
 */
export function manualPercentMismatch(view: IssueView): Finding[] {
  const out: Finding[] = [];
  for (const s of sectionsOf(view, "manual-progress")) {
    const { completed, percent, totalItems } = s.content;
    if (completed === null || percent === null || percentAgrees(completed, percent, totalItems)) continue;
    let message: string;
    if (totalItems !== null && totalItems > 0) {
      const c = percentCandidates(completed, totalItems);
      const options = [...new Set([c.truncated, c.rounded])].map((h) => `${formatPercent(h / 100)}%`).join("或");
      message = `已完成 ${completed} 个办理项，按办理项总数 ${totalItems} 个计算占比应为 ${options}，实为 ${formatPercent(percent)}%。`;
    } else {
      message = `已完成 ${completed} 个办理项与占比 ${formatPercent(percent)}% 不相符：没有哪个办理项总数能使 ${completed} 除以总数（保留两位小数，截断或四舍五入）得到 ${formatPercent(percent)}%。`;
    }
    out.push(found("manual.percent-mismatch", message, placeIn(s, "percent")));
  }
  return out;
}
