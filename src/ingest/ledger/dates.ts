/**
 * Dates of export cells as yyyymmdd integers (20231215); 0 when the value is not a date.
 * Times of day are read past: the ledgers count by day.
 */

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function valid(y: number, m: number, d: number): number {
  if (y < 1990 || y > 2200 || m < 1 || m > 12 || d < 1) return 0;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (d > (m === 2 && leap ? 29 : DAYS[m - 1])) return 0;
  return y * 10000 + m * 100 + d;
}

const PATTERN = /^(\d{4})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})\s*日?(?:$|[\sT]|\d{1,2}[:时])/;

/**
 * 2023-12-15 09:30:00, 2023/12/15 9:30, 2023.12.15, 2023年12月15日 9时, 20231215 → 20231215.
 *
 * @example
 * dayOfText("2023/1/3 9:12"); // 20230103
 * dayOfText("2023-02-30");    // 0
 */
export function dayOfText(text: string): number {
  const s = text.trim();
  const m = PATTERN.exec(s);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d{8}(?:$|\s|\d{6}$)/.test(s)) return valid(Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6, 8)));
  return 0;
}

/**
 * The common spelling YYYY-MM-DD… (or YYYY/MM/DD…) straight from the bytes of a CSV line;
 * -1 when the field is spelled otherwise (the caller then decodes it and uses dayOfText).
 *
 * @example
 * dayOfBytes(Buffer.from("2023-12-15 09:30"), 0, 16); // 20231215
 */
export function dayOfBytes(b: Uint8Array, start: number, end: number): number {
  if (end - start < 10) return -1;
  const sep = b[start + 4];
  if ((sep !== 45 && sep !== 47) || b[start + 7] !== sep) return -1;
  if (end - start > 10 && b[start + 10] !== 32 && b[start + 10] !== 84) return -1;
  let y = 0;
  for (let i = start; i < start + 4; i++) {
    const c = b[i] - 48;
    if (c < 0 || c > 9) return -1;
    y = y * 10 + c;
  }
  const m1 = b[start + 5] - 48, m2 = b[start + 6] - 48, d1 = b[start + 8] - 48, d2 = b[start + 9] - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return -1;
  return valid(y, m1 * 10 + m2, d1 * 10 + d2);
}

/**
 * A cell of a spreadsheet: a Date (exceljs gives the wall-clock time as UTC), an Excel
 * serial number (days since 1899-12-30), or text.
 *
 * @example
 * dayOfCell(45275.5); // 20231215
 */
export function dayOfCell(v: unknown): number {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 0 : valid(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
  if (typeof v === "number") {
    if (v >= 19000101 && v <= 22001231 && Number.isInteger(v)) return dayOfText(String(v));
    if (v < 20000 || v > 120000) return 0;
    const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(v) * 86_400_000);
    return valid(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return typeof v === "string" ? dayOfText(v) : 0;
}
