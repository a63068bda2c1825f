/** 2023-12-26 → "2023年12月26日" */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** 2023-12-11 → "12月11日" */
export function chineseMonthDay(iso: string): string {
  const [, m, d] = iso.split("-").map(Number);
  return `${m}月${d}日`;
}

/** The period line: "12月11日—12月15日" (a year is added when the two years differ). */
export function chinesePeriod(p: { start: string; end: string }): string {
  if (p.start.slice(0, 4) !== p.end.slice(0, 4)) return `${chineseDate(p.start)}—${chineseDate(p.end)}`;
  return `${chineseMonthDay(p.start)}—${chineseMonthDay(p.end)}`;
}

/** "2023年第49期（总第469期）" */
export function issueNumberLine(i: { year: number; seq: number; total: number }): string {
  return `${i.year}年第${i.seq}期（总第${i.total}期）`;
}

/** "2023-10" → "2023年10月" */
export function chineseMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return `${y}年${m}月`;
}

/**
 * A monthly title with its month, named once: a title that already says the month is
 * left as it is.
 *
 * @example
 * titleWithMonth("2026年11月窗口考核结果", "2026-11"); // "2026年11月窗口考核结果"
 * titleWithMonth("十一月考核", "2026-11"); // "十一月考核（2026年11月）"
 */
export function titleWithMonth(title: string, month: string): string {
  const m = chineseMonth(month);
  return title.includes(m) ? title : `${title}（${m}）`;
}
