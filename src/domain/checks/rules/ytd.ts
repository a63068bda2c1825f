import { earlierName, found, latestWith, placeIn, sectionsOf, type IssueView, type RuleContext } from "../context.js";
import type { Finding } from "../finding.js";
import { PAIR_FIELDS, PAIR_KEYS, PAIR_LABELS, WINDOW_KEYS, WINDOW_LABELS } from "./stats.js";

/**
 * stats.ytd-decreased (error): a cumulative figure — the platform's accepted/completed
 * counts since 1 January, the comprehensive window's 今年以来 counts, the handling items
 * with an acceptance manual (截至目前) — is below the same figure (same scope) of the
 * latest earlier issue of the same year that has it. Issues left empty in between are
 * skipped, so one empty week does not hide a drop; the first issue of a year has
 * nothing to compare with (December's figures count another year).
 *
 * @example "行政许可受理数 617058 件低于上一期（2022年第30期）的 620000 件。"
 */
export function statsYtdDecreased(view: IssueView, ctx: RuleContext): Finding[] {
  if (!ctx.earlierOfYear.length) return [];
  const out: Finding[] = [];
  const below = (now: number, base: { view: IssueView; value: number } | null, what: string, unit: string) =>
    base && now < base.value ? `${what} ${now} ${unit}低于${earlierName(ctx, base.view.doc)}的 ${base.value} ${unit}。` : null;

  for (const s of sectionsOf(view, "platform-stats"))
    for (const k of PAIR_KEYS)
      for (const f of ["accepted", "completed"] as const) {
        const now = s.content[k]?.[f];
        if (now == null) continue;
        const base = latestWith(ctx, (v) => sectionsOf(v, "platform-stats").find((x) => x.content.scope === s.content.scope)?.content[k]?.[f]);
        const message = below(now, base, `${PAIR_LABELS[k]}${PAIR_FIELDS[f]}数`, "件");
        if (message) out.push(found("stats.ytd-decreased", message, placeIn(s, `${k}.${f}`)));
      }

  for (const s of sectionsOf(view, "window-counts")) {
    const now = s.content.ytd;
    if (!now) continue;
    const base = latestWith(ctx, (v) => sectionsOf(v, "window-counts").find((x) => x.content.scope === s.content.scope)?.content.ytd);
    for (const k of WINDOW_KEYS) {
      const { name, unit } = WINDOW_LABELS[k];
      const message = below(now[k], base && { view: base.view, value: base.value[k] }, `综窗今年以来累计${name}`, unit);
      if (message) out.push(found("stats.ytd-decreased", message, placeIn(s, `ytd.${k}`)));
    }
  }

  for (const s of sectionsOf(view, "manual-progress")) {
    const now = s.content.completed;
    if (now === null) continue;
    const base = latestWith(ctx, (v) => sectionsOf(v, "manual-progress")[0]?.content.completed);
    const message = below(now, base, "已完成受理工作手册编制的办理项", "个");
    if (message) out.push(found("stats.ytd-decreased", message, placeIn(s, "completed")));
  }
  return out;
}
