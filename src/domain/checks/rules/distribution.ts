import { found, placeInHeader, type IssueView } from "../context.js";
import type { Finding } from "../finding.js";

/**
 * distribution.copies-missing (warning): the 版记 does not say how many copies were
 * printed (（共印N份）). An issue published only electronically may override it.
 *
 * @example copies null → "版记未填写印数（共印N份）。"
 */
export function distributionCopiesMissing({ doc }: IssueView): Finding[] {
  if (doc.copies !== null) return [];
  return [found("distribution.copies-missing", "版记未填写印数（共印N份）；如本期不印制纸质版，请说明理由。", placeInHeader("copies"))];
}
