import { chineseDate } from "../domain/present/dates.js";
import { isoDate, type Pair, type Period, type WindowMeasures } from "../domain/model/common.js";
import type { Section } from "../domain/model/section.js";
import type { StoredIssue } from "../domain/model/issue.js";
import { parseInput } from "../domain/validate.js";
import { toDocument, type Store } from "../store/index.js";
import type { RollupSum } from "../store/repositories/ledger.js";
import type { LedgerKind } from "../store/repositories/ledgerTypes.js";
import { requireRole, type Actor } from "./actor.js";
import { editDraft } from "./issueEditor.js";
import { issueLabel, requireIssue } from "./issueLocator.js";

/** DESIGN.md §4 platformStats. */
export type PlatformStatsFacts = { scope: string; from: string; asOf: string; licensing: Pair; publicService: Pair; otherPower: Pair };
/** DESIGN.md §4 windowCounts. */
export type WindowCountsFacts = { scope: string; week: WindowMeasures; ytd: WindowMeasures };

export const DEFAULT_SCOPE = "省本级";

/** A category's accepted and completed in rollup sums. */
export const pairOf = (sums: RollupSum[], category: string): Pair => ({
  accepted: sums.find((s) => s.category === category && s.measure === "accepted")?.n ?? 0,
  completed: sums.find((s) => s.category === category && s.measure === "completed")?.n ?? 0,
});
/** The comprehensive window's four counts in rollup sums. */
export const windowOf = (sums: RollupSum[]): WindowMeasures => {
  const n = (m: string) => sums.find((s) => s.category === "window" && s.measure === m)?.n ?? 0;
  return { consulted: n("consulted"), accepted: n("accepted"), issued: n("issued"), circulated: n("circulated") };
};

const LEDGER_NAMES: Record<LedgerKind, string> = { cases: "办件数据", desk: "综窗台账" };

/**
 * One warning per import of the ledger (both when none is named) that is still running or
 * was interrupted and not rerun since: the figures hold only its committed batches.
 */
export async function unfinishedImportWarnings(store: Store, centerId: number, ledger?: LedgerKind): Promise<string[]> {
  return (await store.ledger.unfinishedImports(centerId, ledger)).map((l) =>
    l.status === "interrupted"
      ? `${LEDGER_NAMES[l.ledger]}导入“${l.fileName}”（第 ${l.id} 次导入）已中断，只存入了 ${l.inserted + l.updated} 条，数字不完整；请重新导入该文件补全。`
      : `${LEDGER_NAMES[l.ledger]}导入“${l.fileName}”（第 ${l.id} 次导入）尚未完成，数字可能不完整。`,
  );
}

/** Warnings when a ledger has no data for the span, stops before its end, or an import of it is unfinished. */
async function coverageWarnings(store: Store, centerId: number, ledger: LedgerKind, from: string, to: string): Promise<{ none: boolean; warnings: string[] }> {
  const what = LEDGER_NAMES[ledger];
  const [c, unfinished] = await Promise.all([store.ledger.coverage(centerId, ledger, from, to), unfinishedImportWarnings(store, centerId, ledger)]);
  if (!c) return { none: true, warnings: [`尚未导入${chineseDate(from)}至${chineseDate(to)}的${what}。`, ...unfinished] };
  return { none: false, warnings: [...(c.last < to ? [`${what}只导入到${chineseDate(c.last)}，统计截止日为${chineseDate(to)}，数字可能偏小。`] : []), ...unfinished] };
}

/**
 * Year-to-date platform figures as of a date, from the rollups: accepted = cases
 * accepted from 1 January to the date; completed = cases completed in that span,
 * whenever accepted (so completed may exceed accepted).
 *
 * @example
 * const { stats } = await platformStatsAsOf(store, center.id, "2023-12-15");
 * stats.licensing; // { accepted: 617058, completed: 620011 }
 */
export async function platformStatsAsOf(store: Store, centerId: number, asOf: string, scope = DEFAULT_SCOPE): Promise<{ stats: PlatformStatsFacts; warnings: string[] }> {
  const day = parseInput(isoDate, asOf, "统计截止日期");
  const from = `${day.slice(0, 4)}-01-01`;
  const sums = await store.ledger.sums(centerId, from, day);
  const { warnings } = await coverageWarnings(store, centerId, "cases", from, day);
  return { stats: { scope, from, asOf: day, licensing: pairOf(sums, "licensing"), publicService: pairOf(sums, "publicService"), otherPower: pairOf(sums, "otherPower") }, warnings };
}

/**
 * The comprehensive window's counts of a period (本周) and of its year up to the period's end (今年以来).
 *
 * @example
 * const { counts } = await windowCountsFor(store, center.id, { start: "2023-12-11", end: "2023-12-15" });
 */
export async function windowCountsFor(store: Store, centerId: number, period: Period, scope = DEFAULT_SCOPE): Promise<{ counts: WindowCountsFacts; warnings: string[] }> {
  const from = `${period.end.slice(0, 4)}-01-01`;
  const [week, ytd] = await Promise.all([store.ledger.sums(centerId, period.start, period.end), store.ledger.sums(centerId, from, period.end)]);
  const { warnings } = await coverageWarnings(store, centerId, "desk", period.start, period.end);
  return { counts: { scope, week: windowOf(week), ytd: windowOf(ytd) }, warnings };
}

/**
 * The figures of one issue's week: platform figures as of the period's last day and
 * the window counts of the period (a subset of the Facts JSON).
 *
 * @example
 * const w = await weekStats(store, center.id, "2023-49"); // { platformStats, windowCounts, warnings }
 */
export async function weekStats(store: Store, centerId: number, ref: string) {
  const issue = await requireIssue(store, centerId, ref);
  const p = await platformStatsAsOf(store, centerId, issue.period.end);
  const w = await windowCountsFor(store, centerId, issue.period);
  return { issue: `${issue.year}-${issue.seq}`, period: issue.period, platformStats: p.stats, windowCounts: w.counts, warnings: [...p.warnings, ...w.warnings] };
}

function* walk(sections: Section[]): Generator<Section> {
  for (const s of sections) {
    yield s;
    yield* walk(s.children);
  }
}

/**
 * Fills an issue's platform-stats and window-counts sections from the ledgers, in one
 * action: YTD figures as of the period's last day, the week's and the year's window
 * counts. A section whose ledger has no data for the span is left as it is, with a
 * warning. Only drafts can be filled (issue.immutable / issue.locked otherwise).
 *
 * @example
 * const r = await fillIssueStats(store, systemActor(center.id), "2023-49");
 * r.filled; // ["省本级综窗办件情况"]
 */
export async function fillIssueStats(store: Store, actor: Actor, ref: string): Promise<{ issue: StoredIssue; filled: string[]; warnings: string[] }> {
  requireRole(actor, ["editor"], "填写办件统计");
  const { id, period } = await requireIssue(store, actor.centerId, ref);
  const filled: string[] = [];
  const warnings: string[] = [];
  const p = await platformStatsAsOf(store, actor.centerId, period.end);
  const casesMissing = p.warnings.some((w) => w.startsWith("尚未导入"));
  const w = await windowCountsFor(store, actor.centerId, period);
  const ytdFrom = `${period.end.slice(0, 4)}-01-01`;
  const deskMissing = !(await store.ledger.coverage(actor.centerId, "desk", ytdFrom, period.end));
  const issue = await store.transaction((tx) =>
    editDraft(tx, actor, id, "fill-stats", async (current) => {
      const sections = structuredClone(current.sections);
      for (const s of walk(sections)) {
        const c = s.content;
        if (c.kind === "platform-stats") {
          if (casesMissing) continue;
          Object.assign(c, { from: p.stats.from, asOf: p.stats.asOf, licensing: p.stats.licensing, publicService: p.stats.publicService, otherPower: p.stats.otherPower });
          filled.push(s.heading);
        } else if (c.kind === "window-counts") {
          if (deskMissing) continue;
          Object.assign(c, { week: w.counts.week, ytd: w.counts.ytd });
          filled.push(s.heading);
        }
      }
      return filled.length ? tx.issues.update(current.id, { ...toDocument(current), sections }) : current;
    }, "填写办件统计"),
  );
  const kinds = new Set([...walk(issue.sections)].map((s) => s.content.kind));
  if (kinds.has("platform-stats")) warnings.push(...p.warnings);
  if (kinds.has("window-counts")) warnings.push(...(deskMissing ? [`尚未导入${chineseDate(ytdFrom)}至${chineseDate(period.end)}的综窗台账，综窗办件栏目未填写。`] : w.warnings));
  if (!kinds.has("platform-stats") && !kinds.has("window-counts")) warnings.push(`${issueLabel(issue)}没有“办件统计”或“综窗办件”栏目，没有可填写的内容。`);
  return { issue, filled, warnings };
}
