import { chineseDate } from "../../present/dates.js";
import { found, placeIn, placeInHeader, sectionsOf, type IssueView, type RuleContext } from "../context.js";
import type { Finding } from "../finding.js";

/**
 * inspection.not-adopted (info): the inspector filed a record for this issue that the
 * editor has not adopted into its 大厅巡查 section yet, so it would not be printed.
 *
 * @example a record of 2026-11-12 by 赵巡查 not adopted → "赵巡查 2026年11月12日的巡查记录尚未编入本期……"
 */
export function inspectionNotAdopted(view: IssueView, ctx: RuleContext): Finding[] {
  const section = sectionsOf(view, "inspection")[0];
  const place = section ? placeIn(section, null) : placeInHeader("sections");
  return (ctx.pendingInspections ?? []).map((r) =>
    found("inspection.not-adopted", `${r.inspector} ${chineseDate(r.inspectedOn)}的巡查记录尚未编入本期：请在“大厅巡查”栏目中采用，或确认本期不编入。`, place),
  );
}
