import { issueNumberLine } from "../../present/dates.js";
import { found, issueName, placeInHeader, type IssueView, type RuleContext } from "../context.js";
import type { Finding } from "../finding.js";

/**
 * numbering.gap (warning): seq/total do not follow the previous stored issue. Within a
 * year only seq is compared when the year's offset is known (a shifted total is then
 * numbering.offset-changed, reported once); the first issue of a year must be 第1期
 * with total = last total + 1. Weeks without an issue exist, hence a warning.
 *
 * @example 2023年第49期 after 2023年第47期 → "…应为第48期（总第468期）…"
 */
export function numberingGap({ doc }: IssueView, ctx: RuleContext): Finding[] {
  const prev = ctx.previous?.doc;
  if (!prev) return [];
  const newYear = doc.year !== prev.year;
  const seq = newYear ? 1 : prev.seq + 1;
  const total = prev.total + 1;
  const checkTotal = newYear || !ctx.offsetReference;
  if (doc.seq === seq && (!checkTotal || doc.total === total)) return [];
  const expected = newYear || checkTotal ? `第${seq}期（总第${total}期）` : `第${seq}期`;
  return [
    found(
      "numbering.gap",
      `本期为${issueNumberLine(doc)}，上一期为${issueNumberLine(prev)}，按顺序应为${doc.year}年${expected}。如中间确有停刊周，请说明理由。`,
      placeInHeader(doc.seq !== seq ? "seq" : "total"),
    ),
  ];
}

/**
 * numbering.offset-changed (error): total − seq differs from the other issues of the
 * same year (constant within a year: 375 in 2022, 420 in 2023).
 *
 * @example 2023年第49期（总第470期）→ "…之差为 421，同年其他各期为 420…"
 */
export function numberingOffsetChanged({ doc }: IssueView, ctx: RuleContext): Finding[] {
  const ref = ctx.offsetReference;
  const offset = doc.total - doc.seq;
  if (!ref || ref.offset === offset) return [];
  return [
    found(
      "numbering.offset-changed",
      `总期号与年内期号之差为 ${offset}（总第${doc.total}期 − 第${doc.seq}期），同年其他各期为 ${ref.offset}（如${issueNumberLine(ref.issue)}），本期应为总第${doc.seq + ref.offset}期。`,
      placeInHeader("total"),
    ),
  ];
}

/**
 * numbering.year-mismatch (error): the issue's year is not its period's year (an issue
 * published in January for a December week still belongs to December's year).
 *
 * @example year 2023 with period 2022-12-26..30 → "…统计周期在 2022 年…"
 */
export function numberingYearMismatch({ doc }: IssueView): Finding[] {
  const years = new Set([Number(doc.period.start.slice(0, 4)), Number(doc.period.end.slice(0, 4))]);
  if (years.has(doc.year)) return [];
  const y = [...years].join("—");
  return [
    found(
      "numbering.year-mismatch",
      `本期标为${issueName(doc)}，但统计周期（${doc.period.start} 至 ${doc.period.end}）在 ${y} 年；期号的年份应为统计周期所在年份。`,
      placeInHeader("year"),
    ),
  ];
}
