import { ZhoubaoError } from "../errors.js";
import type { NumberedIssue } from "./proposeNext.js";

type Numbered = Pick<NumberedIssue, "year" | "seq" | "total">;

/**
 * Refuses an issue number that cannot stand beside the stored ones: the same seq in
 * the same year or the same running total (issue.duplicate), or a total − seq that
 * differs from the other issues of that year (issue.numbering-broken; DESIGN.md §3).
 * Gaps are allowed (weeks without an issue exist); the checks report them.
 * A past issue printed with a broken number cannot be corrected: `brokenAllowed` lets it
 * into the archive (the check numbering.offset-changed reports it); a duplicate never.
 */
export function assertContinuity(candidate: Numbered, existing: Numbered[], opts: { brokenAllowed?: boolean } = {}): void {
  const label = `${candidate.year}年第${candidate.seq}期（总第${candidate.total}期）`;
  if (existing.some((e) => e.year === candidate.year && e.seq === candidate.seq))
    throw new ZhoubaoError("issue.duplicate", `${candidate.year}年第${candidate.seq}期已存在。`, candidate);
  const sameTotal = existing.find((e) => e.total === candidate.total);
  if (sameTotal)
    throw new ZhoubaoError("issue.duplicate", `总第${candidate.total}期已被 ${sameTotal.year}年第${sameTotal.seq}期使用。`, candidate);
  if (opts.brokenAllowed) return;
  const sameYear = existing.find((e) => e.year === candidate.year);
  if (sameYear && sameYear.total - sameYear.seq !== candidate.total - candidate.seq)
    throw new ZhoubaoError(
      "issue.numbering-broken",
      `${label}与同年的 ${sameYear.year}年第${sameYear.seq}期（总第${sameYear.total}期）编号不连续：总期号与年内期号之差应为 ${sameYear.total - sameYear.seq}，实为 ${candidate.total - candidate.seq}。`,
      { candidate, reference: sameYear },
    );
  const before = existing.filter((e) => e.year < candidate.year).sort((a, b) => b.total - a.total)[0];
  if (before && candidate.total <= before.total)
    throw new ZhoubaoError(
      "issue.numbering-broken",
      `${label}的总期号应大于上一年最后一期 ${before.year}年第${before.seq}期（总第${before.total}期）。`,
      { candidate, reference: before },
    );
  const after = existing.filter((e) => e.year > candidate.year).sort((a, b) => a.total - b.total)[0];
  if (after && candidate.total >= after.total)
    throw new ZhoubaoError(
      "issue.numbering-broken",
      `${label}的总期号应小于下一年第一期 ${after.year}年第${after.seq}期（总第${after.total}期）。`,
      { candidate, reference: after },
    );
}
