import type { Pair, WindowMeasures } from "../../model/common.js";
import { chineseDate } from "../../present/dates.js";
import { earlierName, found, placeIn, sectionsOf, type IssueView, type RuleContext } from "../context.js";
import type { Finding } from "../finding.js";

type PairKey = "licensing" | "publicService" | "otherPower";
export const PAIR_LABELS: Record<PairKey, string> = {
  licensing: "行政许可",
  publicService: "公共服务事项",
  otherPower: "其它九类行权事项",
};
const PAIR_KEYS = Object.keys(PAIR_LABELS) as PairKey[];
const PAIR_FIELDS: Record<keyof Pair, string> = { accepted: "受理", completed: "办结" };

export const WINDOW_LABELS: Record<keyof WindowMeasures, { name: string; unit: string }> = {
  consulted: { name: "咨询", unit: "人次" },
  accepted: { name: "受理", unit: "件" },
  issued: { name: "颁发", unit: "件" },
  circulated: { name: "流转", unit: "件" },
};
export const WINDOW_KEYS = Object.keys(WINDOW_LABELS) as (keyof WindowMeasures)[];

/**
 * stats.ytd-decreased (error): a year-to-date figure — the platform's accepted/completed
 * counts since 1 January, the comprehensive window's 今年以来 counts — is below the same
 * figure (same scope) of the previous issue of the same year.
 *
 * @example "行政许可受理数 617058 件低于上一期（2022年第30期）的 620000 件。"
 */
export function statsYtdDecreased(view: IssueView, ctx: RuleContext): Finding[] {
  const prev = ctx.previousOfYear;
  if (!prev) return [];
  const out: Finding[] = [];
  const than = earlierName(ctx, prev.doc);
  for (const s of sectionsOf(view, "platform-stats")) {
    const p = sectionsOf(prev, "platform-stats").find((x) => x.content.scope === s.content.scope)?.content;
    if (!p) continue;
    for (const k of PAIR_KEYS)
      for (const f of ["accepted", "completed"] as const) {
        const now = s.content[k]?.[f];
        const before = p[k]?.[f];
        if (now == null || before == null || now >= before) continue;
        const label = `${PAIR_LABELS[k]}${PAIR_FIELDS[f]}数`;
        out.push(found("stats.ytd-decreased", `${label} ${now} 件低于${than}的 ${before} 件。`, placeIn(s, `${k}.${f}`)));
      }
  }
  for (const s of sectionsOf(view, "window-counts")) {
    const p = sectionsOf(prev, "window-counts").find((x) => x.content.scope === s.content.scope)?.content.ytd;
    const now = s.content.ytd;
    if (!p || !now) continue;
    for (const k of WINDOW_KEYS) {
      if (now[k] >= p[k]) continue;
      const { name, unit } = WINDOW_LABELS[k];
      out.push(
        found("stats.ytd-decreased", `综窗今年以来累计${name} ${now[k]} ${unit}低于${than}的 ${p[k]} ${unit}。`, placeIn(s, `ytd.${k}`)),
      );
    }
  }
  return out;
}

/**
 * stats.as-of-mismatch (warning): the platform figures are not as of the period's last day.
 *
 * @example asOf 2022-09-15 for period ..09-16 → "统计截止日期 2022年9月15日 不是统计周期的最后一天 2022年9月16日。"
 */
export function statsAsOfMismatch(view: IssueView): Finding[] {
  const end = view.doc.period.end;
  return sectionsOf(view, "platform-stats")
    .filter((s) => s.content.asOf !== null && s.content.asOf !== end)
    .map((s) =>
      found(
        "stats.as-of-mismatch",
        `统计截止日期 ${chineseDate(s.content.asOf!)} 不是统计周期的最后一天 ${chineseDate(end)}。`,
        placeIn(s, "asOf"),
      ),
    );
}

/**
 * stats.from-not-jan1 (error): year-to-date figures must count from 1 January of the issue's year.
 *
 * @example from 2022-12-31 in a 2023 issue → "统计起始日期 2022年12月31日 不是 2023年1月1日。"
 */
export function statsFromNotJan1(view: IssueView): Finding[] {
  const jan1 = `${view.doc.year}-01-01`;
  return sectionsOf(view, "platform-stats")
    .filter((s) => s.content.from !== null && s.content.from !== jan1)
    .map((s) =>
      found("stats.from-not-jan1", `统计起始日期 ${chineseDate(s.content.from!)} 不是 ${chineseDate(jan1)}。`, placeIn(s, "from")),
    );
}

/**
 * stats.carry-over (info): more cases completed than accepted. Normal — cases accepted
 * last year are completed this year — so it only informs.
 *
 * @example "其它九类行权事项办结 50398 件多于受理 49602 件，差额 796 件为以前年度结转办件。"
 */
export function statsCarryOver(view: IssueView): Finding[] {
  const out: Finding[] = [];
  for (const s of sectionsOf(view, "platform-stats"))
    for (const k of PAIR_KEYS) {
      const p = s.content[k];
      if (!p || p.completed <= p.accepted) continue;
      const diff = p.completed - p.accepted;
      out.push(
        found(
          "stats.carry-over",
          `${PAIR_LABELS[k]}办结 ${p.completed} 件多于受理 ${p.accepted} 件，差额 ${diff} 件为以前年度结转办件，属正常情况。`,
          placeIn(s, `${k}.completed`),
        ),
      );
    }
  return out;
}
