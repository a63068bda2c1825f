import type { Pair, WindowMeasures } from "../../model/common.js";
import { chineseDate } from "../../present/dates.js";
import { found, placeIn, sectionsOf, type IssueView } from "../context.js";
import type { Finding } from "../finding.js";

export type PairKey = "licensing" | "publicService" | "otherPower";
export const PAIR_LABELS: Record<PairKey, string> = {
  licensing: "行政许可",
  publicService: "公共服务事项",
  otherPower: "其它九类行权事项",
};
export const PAIR_KEYS = Object.keys(PAIR_LABELS) as PairKey[];
export const PAIR_FIELDS: Record<keyof Pair, string> = { accepted: "受理", completed: "办结" };

export const WINDOW_LABELS: Record<keyof WindowMeasures, { name: string; unit: string }> = {
  consulted: { name: "咨询", unit: "人次" },
  accepted: { name: "受理", unit: "件" },
  issued: { name: "颁发", unit: "件" },
  circulated: { name: "流转", unit: "件" },
};
export const WINDOW_KEYS = Object.keys(WINDOW_LABELS) as (keyof WindowMeasures)[];

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
 * How far 办结 may exceed 受理 before it is more than carry-over can explain: cases
 * completed this year but accepted last year come from a backlog of a few weeks'
 * intake, so outside the first weeks of January the surplus stays well below half the
 * year's own intake. A typed digit too many (611244 → 6112440) lands far above.
 */
export const CARRY_OVER_RATIO = 1.5;

function farAbove(p: Pair): boolean {
  return p.completed > p.accepted * CARRY_OVER_RATIO;
}

/**
 * stats.carry-over (info): more cases completed than accepted, within what carry-over
 * explains. Normal — cases accepted last year are completed this year — so it only informs.
 *
 * @example "其它九类行权事项办结 50398 件多于受理 49602 件，差额 796 件为以前年度结转办件。"
 */
export function statsCarryOver(view: IssueView): Finding[] {
  const out: Finding[] = [];
  for (const s of sectionsOf(view, "platform-stats"))
    for (const k of PAIR_KEYS) {
      const p = s.content[k];
      if (!p || p.completed <= p.accepted || farAbove(p)) continue;
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

/**
 * stats.completed-far-above-accepted (warning): 办结 more than 1.5 times 受理. Not an
 * error — early in January the carry-over may really be that large — but usually a
 * typing slip, so the editor confirms it with a written reason.
 *
 * @example "行政许可办结 6112440 件是受理 617058 件的 9.9 倍…"
 */
export function statsCompletedFarAboveAccepted(view: IssueView): Finding[] {
  const out: Finding[] = [];
  for (const s of sectionsOf(view, "platform-stats"))
    for (const k of PAIR_KEYS) {
      const p = s.content[k];
      if (!p || !farAbove(p)) continue;
      const times = p.accepted ? `是受理 ${p.accepted} 件的 ${(p.completed / p.accepted).toFixed(1)} 倍` : "而受理为 0 件";
      out.push(
        found(
          "stats.completed-far-above-accepted",
          `${PAIR_LABELS[k]}办结 ${p.completed} 件${times}，超出以前年度结转办件通常的幅度；请核对数字，如确属结转，请说明理由。`,
          placeIn(s, `${k}.completed`),
        ),
      );
    }
  return out;
}
