import type { ContentOf, PolicyList } from "../model/section.js";
import { chineseDate } from "./dates.js";

/**
 * The sentences that data sections print, generated from their figures (DESIGN.md §3).
 * A figure not yet entered prints as ＿＿ so a draft shows what is missing.
 */
const n = (v: number | null | undefined): string => (v === null || v === undefined ? "＿＿" : String(v));

/** 据四川一体化政务服务平台数据统计，2022年1月1日至2022年9月16日，省本级行政许可事项受理…件 … */
export function platformStatsSentence(c: ContentOf<"platform-stats">): string {
  const from = c.from ? chineseDate(c.from) : "＿＿";
  const asOf = c.asOf ? chineseDate(c.asOf) : "＿＿";
  return (
    `据${c.platform}数据统计，${from}至${asOf}，${c.scope}行政许可事项受理${n(c.licensing?.accepted)}件，` +
    `办结${n(c.licensing?.completed)}件；公共服务事项受理${n(c.publicService?.accepted)}件，` +
    `办结${n(c.publicService?.completed)}件，其它九类行权事项受理${n(c.otherPower?.accepted)}件，` +
    `累计办结${n(c.otherPower?.completed)}件。`
  );
}

/** 本周，共计咨询…人次、受理…件、颁发…件、流转…件；今年以来，累计咨询…次 … */
export function windowCountsSentence(c: ContentOf<"window-counts">): string {
  const w = c.week;
  const y = c.ytd;
  return (
    `本周，共计咨询${n(w?.consulted)}人次、受理${n(w?.accepted)}件、颁发${n(w?.issued)}件、流转${n(w?.circulated)}件；` +
    `今年以来，累计咨询${n(y?.consulted)}次、受理${n(y?.accepted)}件、颁发${n(y?.issued)}件、流转${n(y?.circulated)}件。`
  );
}

/** 完成…个办理项的受理工作手册编制。截至目前，共完成…个办理项的受理工作手册编制，占比…%。 */
export function manualProgressSentences(c: ContentOf<"manual-progress">): string[] {
  const out: string[] = [];
  if (c.addedThisWeek !== null)
    out.push(`完成${c.addedDepartment ?? ""}${c.addedThisWeek}个办理项的受理工作手册编制。`);
  out.push(`截至目前，共完成${n(c.completed)}个办理项的受理工作手册编制，占比${c.percent === null ? "＿＿" : formatPercent(c.percent)}%。`);
  return out;
}

/** 65.7 → "65.70": percentages print with two decimals. */
export function formatPercent(p: number): string {
  return p.toFixed(2);
}

const LEVEL_NAMES: Record<PolicyList["level"], string> = { national: "国家", provincial: "省级" };

/** 梳理发布《…》《…》。国家清单共…个事项，其中免申即享…项、快申快享…项；省级清单 … */
export function policyListsSentence(c: ContentOf<"policy-lists">): string {
  if (!c.lists.length) return c.note ?? "";
  const titles = c.lists.map((l) => `《${l.title}》`).join("");
  const parts = c.lists.map(
    (l) => `${LEVEL_NAMES[l.level]}清单共${l.total}个事项，其中免申即享${l.noApplication}项、快申快享${l.fastApplication}项`,
  );
  return `梳理发布${titles}。${parts.join("；")}。${c.note ?? ""}`;
}

/** The six standard items of the weekly hall inspection (大厅巡查). */
export const INSPECTION_ITEMS = [
  "按时到岗情况",
  "工作区域标准化执行情况",
  "着装情况",
  "工作牌佩戴情况",
  "纪律秩序",
  "大厅防控情况",
] as const;

export const DEFAULT_INSPECTION_VERDICT = "总体情况良好。";
