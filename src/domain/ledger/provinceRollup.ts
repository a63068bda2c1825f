import { z } from "zod";
import { isoDate, period } from "../model/common.js";

/**
 * The province roll-up (issue 19): each center's year-to-date platform figures under a
 * root center, and their sum. Shared by the command line (`stats province --json`), the
 * API and the web app's 全省汇总 page.
 */

// A province adds up some 200 centers: a sum may pass int4, so no column bound here.
const sum = z.number().int().nonnegative();
export const rollupPair = z.object({ accepted: sum, completed: sum });

/** The three case categories of platformStats (DESIGN.md §4). */
export const rollupFigures = z.object({ licensing: rollupPair, publicService: rollupPair, otherPower: rollupPair });
export type RollupFigures = z.infer<typeof rollupFigures>;

export const rollupCenter = rollupFigures.extend({ code: z.string().describe("中心编码（行政区划代码）"), name: z.string() });

export const provinceRollup = z.object({
  asOf: isoDate.describe("统计截止日期"),
  centers: z.array(rollupCenter).describe("根中心及其下各中心，根中心在前，其后逐层"),
  total: rollupFigures,
});
export type ProvinceRollup = z.infer<typeof provinceRollup>;

/** This week's issue of a center: null when it has none yet. */
export const weekIssue = z.object({ ref: z.string().describe("期号，如 2026-48"), published: z.boolean() }).nullable();

/** What the 全省汇总 page shows: the roll-up, and per center whether this week's issue is out. */
export const provinceDashboard = provinceRollup.extend({
  week: period.describe("截止日期所在的周（周一至周日）"),
  centers: z.array(rollupCenter.extend({ weekIssue })),
});
export type ProvinceDashboard = z.infer<typeof provinceDashboard>;

export const CATEGORY_KEYS = ["licensing", "publicService", "otherPower"] as const;
export const CATEGORY_LABELS: Record<(typeof CATEGORY_KEYS)[number], string> = { licensing: "行政许可", publicService: "公共服务", otherPower: "其它行权" };

/** Zero figures, and the figures of `a` plus `b`. */
export const zeroFigures = (): RollupFigures => ({ licensing: { accepted: 0, completed: 0 }, publicService: { accepted: 0, completed: 0 }, otherPower: { accepted: 0, completed: 0 } });
export function addFigures(a: RollupFigures, b: RollupFigures): RollupFigures {
  const out = zeroFigures();
  for (const k of CATEGORY_KEYS) out[k] = { accepted: a[k].accepted + b[k].accepted, completed: a[k].completed + b[k].completed };
  return out;
}
