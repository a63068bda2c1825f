import type { IssueDocument } from "../model/issue.js";
import { viewOf, type CheckContext, type IssueView, type RuleContext } from "./context.js";
import type { Finding, FindingOverride } from "./finding.js";
import { earlierBySeq, latestBefore, prevailingOffset, tallyOffsets } from "./neighbours.js";
import { applyOverrides } from "./overrides.js";
import { RULES } from "./rules/index.js";

/** Runs every rule on one issue whose neighbours are already known: runRules(viewOf(doc), ruleContextOf(doc, ctx)) */
export function runRules(view: IssueView, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const rule of RULES) for (const f of rule.check(view, ctx)) out.push(f);
  return out;
}

/**
 * The rule context of one issue: its neighbours among `ctx.previous` and `ctx.sameYear`.
 *
 * @example ruleContextOf(第49期, { previous: 第48期, sameYear: [第2期, 第48期], … }).offsetReference?.offset; // 420
 */
export function ruleContextOf(doc: IssueDocument, ctx: CheckContext): RuleContext {
  const others = new Set<IssueDocument>();
  const candidates = ctx.previous ? [...ctx.sameYear, ctx.previous] : ctx.sameYear;
  for (const o of candidates) if (o !== doc && o.year === doc.year && o.seq !== doc.seq) others.add(o);
  const previousOfYear = latestBefore(others, doc.seq);
  return {
    previous: ctx.previous && ctx.previous !== doc ? viewOf(ctx.previous) : null,
    previousOfYear: previousOfYear ? viewOf(previousOfYear) : null,
    earlierOfYear: earlierBySeq(others, doc.seq).map(viewOf),
    offsetReference: prevailingOffset(tallyOffsets([...others]), null),
    calendar: ctx.calendar,
    registry: ctx.registry,
    publishing: ctx.publishing ?? false,
    pendingInspections: ctx.pendingInspections ?? [],
  };
}

/**
 * Checks one issue against itself and its predecessors; overrides mark the warnings an
 * editor has explained. An empty list means nothing to report.
 *
 * @example
 * const findings = checkIssue(doc, { previous, sameYear, calendar: new HolidayCalendar(), registry });
 * hasBlockingErrors(findings); // true when e.g. a year-to-date figure went down
 */
export function checkIssue(doc: IssueDocument, ctx: CheckContext, overrides: readonly FindingOverride[] = []): Finding[] {
  return applyOverrides(runRules(viewOf(doc), ruleContextOf(doc, ctx)), overrides);
}
