/**
 * The printed percent of completed over total, truncated (not rounded) to two decimals as
 * the center does: 1082 of 1645 → 65.77.
 *
 * @example
 * truncatedPercent(1082, 1645); // 65.77
 */
export function truncatedPercent(completed: number, total: number): number {
  return Math.floor((completed / total) * 10000) / 100;
}
