/**
 * A span of days (yyyymmdd numbers, both ends inclusive) cut into the whole months it
 * covers (yyyymm, read from ledger_monthly) and the days left at either end (read from
 * ledger_daily): a year to date is at most 11 month rows and 30 day rows per (category,
 * measure) instead of 365 day rows, which keeps the province roll-up of 200 centers fast.
 *
 * @example
 * monthSpan(20231101, 20231215) // { months: [202311, 202311], days: [[20231201, 20231215]] }
 */
export function monthSpan(fromDay: number, toDay: number): { months: [number, number] | null; days: [number, number][] } {
  if (fromDay > toDay) return { months: null, days: [] };
  const month = (d: number) => Math.floor(d / 100);
  const next = (m: number) => (m % 100 === 12 ? (Math.floor(m / 100) + 1) * 100 + 1 : m + 1);
  const prev = (m: number) => (m % 100 === 1 ? (Math.floor(m / 100) - 1) * 100 + 12 : m - 1);
  const lastDay = (m: number) => new Date(Date.UTC(Math.floor(m / 100), m % 100, 0)).getUTCDate();
  const first = fromDay % 100 === 1 ? month(fromDay) : next(month(fromDay));
  const last = toDay % 100 === lastDay(month(toDay)) ? month(toDay) : prev(month(toDay));
  if (first > last) return { months: null, days: [[fromDay, toDay]] };
  const days: [number, number][] = [];
  if (fromDay < first * 100 + 1) days.push([fromDay, prev(first) * 100 + lastDay(prev(first))]);
  if (toDay > last * 100 + lastDay(last)) days.push([next(last) * 100 + 1, toDay]);
  return { months: [first, last], days };
}
