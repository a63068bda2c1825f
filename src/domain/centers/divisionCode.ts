import { ZhoubaoError } from "../errors.js";

/**
 * Centers are named by the administrative division code of the area they serve
 * (GB/T 2260: 510000 四川省, 510100 成都市, 510107 武侯区). The demo center's code `main`
 * predates this rule; it is still found by that code, only new centers must follow it.
 */
const PROVINCES = new Set([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82]);

export const isDivisionCode = (code: string): boolean => /^\d{6}$/.test(code) && PROVINCES.has(Number(code.slice(0, 2)));

/** Refuses (center.bad-code) what is not a six-digit division code of a province-level area. */
export function assertDivisionCode(code: string): void {
  if (isDivisionCode(code)) return;
  const why = /^\d{6}$/.test(code) ? `前两位 ${code.slice(0, 2)} 不是省级行政区划代码` : "应为 6 位数字";
  throw new ZhoubaoError("center.bad-code", `中心编码“${code}”不是行政区划代码（${why}），例如 510000（四川省）、510100（成都市）、510107（武侯区）。`, { code });
}

/** The digits that name the area itself: 510000 → "51", 510100 → "5101", 510107 → "510107". */
export const divisionPrefix = (code: string): string => code.replace(/(00)+$/, "");

/**
 * Refuses (center.outside-parent) a child whose code lies outside its parent's area, or a
 * child of a county-level center (six digits name nothing below it). A parent without a
 * division code (the demo center `main`) bounds nothing.
 *
 * @example
 * assertInsideParent("510107", "510100"); // passes: 武侯区 lies in 成都市
 */
export function assertInsideParent(code: string, parentCode: string): void {
  if (!isDivisionCode(parentCode)) return;
  const prefix = divisionPrefix(parentCode);
  if (code !== parentCode && code.startsWith(prefix) && prefix.length < 6) return;
  const why = prefix.length === 6 ? `${parentCode} 是区县级中心，其下不能再设中心` : `${code} 不在 ${parentCode} 的行政区划之内`;
  throw new ZhoubaoError("center.outside-parent", `不能把中心 ${code} 设在 ${parentCode} 之下：${why}。`, { code, parent: parentCode });
}
