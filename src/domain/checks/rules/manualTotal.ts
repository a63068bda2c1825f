import type { ContentOf } from "../../model/section.js";
import { formatPercent } from "../../present/sentences.js";
import { found, issueName, placeIn, sectionsOf, type IssueView, type RuleContext } from "../context.js";
import type { Finding } from "../finding.js";

/** A range of whole numbers, lo ≤ hi (hi may be Infinity). */
export type Interval = { lo: number; hi: number };

/**
 * The totals of handling items that give `percent` for `completed`, whether the percent
 * was truncated or rounded to two decimals (1082 = 65.77% of 1645: truncated); null when
 * nothing can be learnt (no figures, nothing completed, more than two decimals).
 *
 * With A = 10000·completed and p the percent in hundredths, truncation needs
 * p ≤ A/T < p+1 and rounding p−½ ≤ A/T < p+½; together A/(p+1) < T ≤ A/(p−½).
 *
 * @example totalsAllowed(1082, 65.77); // { lo: 1645, hi: 1645 }
 */
export function totalsAllowed(completed: number | null, percent: number | null): Interval | null {
  if (completed === null || percent === null || completed === 0) return null;
  const p = Math.round(percent * 100);
  if (Math.abs(percent * 100 - p) > 1e-6) return null;
  const a = 10000 * completed;
  const lo = Math.max(completed, Math.floor(a / (p + 1)) + 1);
  const hi = p === 0 ? Infinity : Math.floor((2 * a) / (2 * p - 1));
  return { lo, hi };
}

function allowed(c: ContentOf<"manual-progress">): Interval | null {
  return c.totalItems !== null ? { lo: c.totalItems, hi: c.totalItems } : totalsAllowed(c.completed, c.percent);
}

function intersect(a: Interval, b: Interval): Interval | null {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  return lo <= hi ? { lo, hi } : null;
}

/** "1645 个", "1640—1650 个", "不少于 3000 个" */
export function intervalText(i: Interval): string {
  if (i.hi === Infinity) return `不少于 ${i.lo} 个`;
  return i.lo === i.hi ? `${i.lo} 个` : `${i.lo}—${i.hi} 个`;
}

/**
 * The total the year's earlier issues agree on: their intervals intersected from the
 * latest back, stopping where an older issue disagrees (the catalogue of handling items
 * grew then), with the issues that took part.
 */
function earlierTotal(ctx: RuleContext): { total: Interval; from: IssueView[] } | null {
  let total: Interval | null = null;
  const from: IssueView[] = [];
  for (let k = ctx.earlierOfYear.length - 1; k >= 0; k--) {
    const v = ctx.earlierOfYear[k];
    const c = sectionsOf(v, "manual-progress")[0]?.content;
    const own = c && allowed(c);
    if (!own) continue;
    const next: Interval | null = total ? intersect(total, own) : own;
    if (!next) break;
    total = next;
    from.push(v);
    if (c.totalItems !== null) break; // a stated total is the last word on the weeks before it
  }
  return total ? { total, from } : null;
}

/**
 * manual.total-inconsistent (error): the total of handling items implied by this issue
 * (completed ÷ percent) is not the one the year's earlier issues imply, so the percent
 * is wrong even where some total would explain it alone (1082 at 65.57% means 1650
 * items, while the weeks before mean 1645). When the total really changed, the editor
 * states it in the section (办理项总数), and the percent is checked against that.
 *
 * @example "…对应办理项总数 1650 个，而此前各期（2023年第48期）推算为 1645 个…"
 */
export function manualTotalInconsistent(view: IssueView, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const s of sectionsOf(view, "manual-progress")) {
    const { completed, percent, totalItems } = s.content;
    const own = totalItems === null ? totalsAllowed(completed, percent) : null;
    // An empty own interval is manual.percent-mismatch's to report.
    if (!own || own.lo > own.hi) continue;
    const before = earlierTotal(ctx);
    if (!before || intersect(own, before.total)) continue;
    const names = before.from.slice(0, 3).map((v) => issueName(v.doc)).join("、") + (before.from.length > 3 ? "等" : "");
    out.push(
      found(
        "manual.total-inconsistent",
        `已完成 ${completed} 个办理项、占比 ${formatPercent(percent!)}%，对应办理项总数 ${intervalText(own)}，而此前各期（${names}）推算的总数为 ${intervalText(before.total)}。请核对占比；如办理项总数本周确有变化，请在本节填写办理项总数。`,
        placeIn(s, "percent"),
      ),
    );
  }
  return out;
}
