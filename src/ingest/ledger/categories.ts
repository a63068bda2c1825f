import type { CaseCategory, DeskMeasure } from "../../store/repositories/ledgerTypes.js";

/** The nine other kinds of administrative power (其它九类行权事项), as the platform spells them. */
export const OTHER_POWER_KINDS = ["行政处罚", "行政强制", "行政征收", "行政给付", "行政检查", "行政确认", "行政奖励", "行政裁决", "其他行政权力"] as const;

const CASE_KINDS = new Map<string, CaseCategory>([
  ["行政许可", "licensing"],
  ["公共服务", "publicService"],
  ...OTHER_POWER_KINDS.map((k) => [k, "otherPower"] as [string, CaseCategory]),
  ["其它行政权力", "otherPower"],
]);

/** Labels of the categories in messages and reports. */
export const CATEGORY_LABELS: Record<CaseCategory, string> = {
  licensing: "行政许可",
  publicService: "公共服务",
  otherPower: "其它九类行权事项",
};

const tidy = (s: string) => s.replace(/[\s\u3000]+/g, "").replace(/事项$/, "");

/**
 * The category of a 事项类型 value, or null for anything else (the row is then rejected).
 * Spaces and a trailing 事项 are ignored: “行政许可事项” is 行政许可.
 *
 * @example
 * caseCategory("行政许可"); // "licensing"
 * caseCategory("行政处罚"); // "otherPower"
 * caseCategory("便民服务"); // null
 */
export function caseCategory(kind: string): CaseCategory | null {
  return CASE_KINDS.get(tidy(kind)) ?? null;
}

const DESK_TYPES = new Map<string, DeskMeasure>([
  ["咨询", "consulted"],
  ["受理", "accepted"],
  ["收件", "accepted"],
  ["颁发", "issued"],
  ["出件", "issued"],
  ["发证", "issued"],
  ["流转", "circulated"],
  ["转办", "circulated"],
]);

/**
 * The measure of a front-desk event type (咨询 / 受理 / 颁发 / 流转 and their usual synonyms), or null.
 *
 * @example
 * deskMeasure("出件"); // "issued"
 */
export function deskMeasure(type: string): DeskMeasure | null {
  return DESK_TYPES.get(tidy(type)) ?? null;
}

/** What the reject message lists as accepted values. */
export const CASE_KIND_HINT = `行政许可、公共服务或${OTHER_POWER_KINDS.join("、")}`;
export const DESK_TYPE_HINT = "咨询、受理、颁发（出件）或流转";
