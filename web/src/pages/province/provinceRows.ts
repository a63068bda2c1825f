import type { ProvinceDashboard } from "@domain/ledger/provinceRollup";

type Center = ProvinceDashboard["centers"][number];
export type FigureKey = `${"licensing" | "publicService" | "otherPower"}.${"accepted" | "completed"}`;

export const FIGURE_COLUMNS: { key: FigureKey; label: string }[] = [
  { key: "licensing.accepted", label: "行政许可受理" },
  { key: "licensing.completed", label: "行政许可办结" },
  { key: "publicService.accepted", label: "公共服务受理" },
  { key: "publicService.completed", label: "公共服务办结" },
  { key: "otherPower.accepted", label: "其它行权受理" },
  { key: "otherPower.completed", label: "其它行权办结" },
];

/** A center's figure by its key ("licensing.accepted" → c.licensing.accepted). */
export function figure(c: Pick<Center, "licensing" | "publicService" | "otherPower">, key: FigureKey): number {
  const [category, measure] = key.split(".") as ["licensing", "accepted" | "completed"];
  return c[category][measure];
}

/**
 * The centers ranked by one figure, largest first; equal figures share a rank and the
 * next rank skips (competition ranking, 1 2 2 4), ties listed by code.
 *
 * @example
 * rankedCenters(d, "licensing.accepted")[0]; // { rank: 1, code: "510100", … }
 */
export function rankedCenters(d: Pick<ProvinceDashboard, "centers">, key: FigureKey): (Center & { rank: number })[] {
  const sorted = [...d.centers].sort((a, b) => figure(b, key) - figure(a, key) || a.code.localeCompare(b.code));
  return sorted.map((c) => ({ ...c, rank: sorted.findIndex((x) => figure(x, key) === figure(c, key)) + 1 }));
}

/** The centers whose issue of the week is not out: none made yet, or not yet published. */
export function unpublishedCenters(d: Pick<ProvinceDashboard, "centers">): { code: string; name: string; state: string }[] {
  return d.centers
    .filter((c) => !c.weekIssue?.published)
    .map((c) => ({ code: c.code, name: c.name, state: c.weekIssue ? `第 ${c.weekIssue.ref.split("-")[1]} 期尚未发布` : "本周尚无周报" }));
}
