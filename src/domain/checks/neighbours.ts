import type { IssueDocument } from "../model/issue.js";
import type { OffsetReference } from "./context.js";

/** Offsets (total − seq) of a year's issues, with how many issues show each and the two lowest-seq ones. */
export type YearOffsets = Map<number, { count: number; first: IssueDocument[] }>;

/** Tallies the offsets of a year's issues (one pass): tallyOffsets(issuesOf2023).get(420)?.count */
export function tallyOffsets(issues: readonly IssueDocument[]): YearOffsets {
  const tally: YearOffsets = new Map();
  for (const i of issues) {
    const offset = i.total - i.seq;
    let t = tally.get(offset);
    if (!t) tally.set(offset, (t = { count: 0, first: [] }));
    t.count++;
    t.first.push(i);
    t.first.sort((a, b) => a.seq - b.seq);
    if (t.first.length > 2) t.first.length = 2;
  }
  return tally;
}

/**
 * The offset most of the year's other issues show (ties: the one seen at the lowest seq),
 * leaving out `self` when the tally counted it; null when the year has no other issue.
 *
 * @example offsets 420, 420, 421 → for the 421 issue: { offset: 420, issue: 第1期 }
 */
export function prevailingOffset(tally: YearOffsets, self: IssueDocument | null): OffsetReference | null {
  let best: OffsetReference | null = null;
  let bestCount = 0;
  const own = self ? self.total - self.seq : null;
  for (const [offset, t] of tally) {
    const count = t.count - (offset === own ? 1 : 0);
    const example = t.first[0] === self ? t.first[1] : t.first[0];
    if (count <= 0 || !example) continue;
    if (count > bestCount || (count === bestCount && best && example.seq < best.issue.seq)) {
      best = { offset, issue: example };
      bestCount = count;
    }
  }
  return best;
}

/** The issue of greatest seq below `seq` among `issues`, or null: latestBefore([第2期, 第48期], 49) → 第48期 */
export function latestBefore(issues: Iterable<IssueDocument>, seq: number): IssueDocument | null {
  let best: IssueDocument | null = null;
  for (const i of issues) if (i.seq < seq && (!best || i.seq > best.seq)) best = i;
  return best;
}

/** The issues of seq below `seq`, lowest first: earlierBySeq([第48期, 第2期, 第50期], 49) → [第2期, 第48期] */
export function earlierBySeq<T extends IssueDocument>(issues: Iterable<T>, seq: number): T[] {
  return [...issues].filter((i) => i.seq < seq).sort((a, b) => a.seq - b.seq);
}
