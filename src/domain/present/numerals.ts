import Nzh from "nzh";

/** 12 → "十二" (heading numerals, 一 … 九十九). */
export function chineseNumeral(n: number): string {
  return Nzh.cn.encodeS(n);
}

/** "十二" → 12; NaN when it is not a Chinese numeral. */
export function parseChineseNumeral(s: string): number {
  if (!/^[零〇一二三四五六七八九十百]+$/.test(s)) return Number.NaN;
  return Number(Nzh.cn.decodeS(s));
}

/**
 * The numbering prefix of a heading or item at a level (DESIGN.md §3):
 * level 1 一、  level 2 （一）  level 3 1.  level 4 （1）
 *
 * @example
 * headingNumber(2, 3); // "（三）"
 */
export function headingNumber(level: number, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(n)}、`;
    case 2:
      return `（${chineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    default:
      return `（${n}）`;
  }
}

/** The prefix of a numbered item in a news section: （1） or 1. */
export function itemNumber(style: "paren" | "dot" | "none", n: number): string {
  return style === "paren" ? `（${n}）` : style === "dot" ? `${n}.` : "";
}
