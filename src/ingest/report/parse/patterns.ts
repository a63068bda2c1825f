import { parseChineseNumeral } from "../../../domain/index.js";
import { squash } from "../text/fold.js";
import type { ReportLine } from "../types.js";

/** Line shapes of the report, on folded text (see text/fold.ts). */
export const HEADING_1 = /^([一二三四五六七八九十]{1,3})[、.．]\s*(.+)$/;
export const HEADING_2 = /^（([一二三四五六七八九十]{1,3})）\s*(.+)$/;
/** A numbered item: （1） or 1. / 1、 (not 1.5, not 1月). */
export const ITEM = /^(?:（(\d{1,2})）|(\d{1,2})[.．、](?!\d))\s*(.*)$/;
/** Figures may carry thousands separators or stray spaces: 26,641 / 26 641. */
export const NUM = "(\\d(?:[\\d, ]{0,14}\\d)?)";
export const DECIMAL = "(\\d{1,3}(?:\\.\\d{1,4})?)";
/** 12月11日—12月15日, optionally with years and brackets. */
export const PERIOD =
  /[（]?(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日?\s*[—–\-－~～至到]{1,3}\s*(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日[）]?/;
export const DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
export const ISSUE_NUMBER =
  /(\d{4})年第(\d{1,3}|[一二三四五六七八九十百]{1,5})期(?:（总第(\d{1,5}|[一二三四五六七八九十百千]{1,8})期）)?/;
export const COLOPHON = /^(报|送|发|抄送|报送|抄报|分送)[：:]\s*(.*)$/;
export const COPIES = /[（]?共印\s*(\d{1,5})\s*份[）]?/;
export const ATTACHMENT_REF = /^附件\d{0,2}[：:]\s*(.+)$/;
export const ATTACHMENT_START = /^附件\d{0,2}[：:]?$/;

/**
 * A heading's text: short, no sentence inside it, not cut off mid-sentence.
 *
 * @example
 * isHeadingText("按时到岗情况。总体情况良好。"); // false
 */
export function isHeadingText(s: string): boolean {
  return s.length >= 2 && s.length <= 32 && !/[。；！？]/.test(s) && !/[，、：]$/.test(s);
}

const DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * "十二" or "12" → 12; NaN otherwise. Headings count to 九十九; larger go through nzh.
 *
 * @example
 * toNumber("二十三"); // 23
 */
export function toNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (m && (m[2] || (m[1] && !m[3]))) return m[2] ? (m[1] ? DIGIT[m[1]] : 1) * 10 + (m[3] ? DIGIT[m[3]] : 0) : DIGIT[m[1]];
  return parseChineseNumeral(s);
}

/**
 * A figure as printed → its number.
 *
 * @example
 * figure("26,641"); // 26641
 */
export function figure(s: string): number {
  return Number(s.replace(/[, ]/g, ""));
}

const digits = (s: string) => squash(s).replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/**
 * Page numbers as official documents print them: —8—, - 8 -, 第8页, 8/12.
 *
 * @example
 * isPageNumber({ no: 9, raw: "  — 8 —", text: "—8—" }); // true
 */
export function isPageNumber(line: ReportLine): boolean {
  if (line.raw.trim().length > 24) return false;
  return /^(?:[-—–―~～_－]+\d{1,3}[-—–―~～_－]+|第\d{1,3}页(?:共\d{1,3}页)?|\d{1,3}\/\d{1,3})$/.test(digits(line.raw));
}

/**
 * A line holding only a small number: a page number at a page's end, or a wrapped figure's tail.
 *
 * @example
 * isBareNumber({ no: 9, raw: "8", text: "8" }); // true
 */
export function isBareNumber(line: ReportLine): boolean {
  if (line.raw.trim().length > 12) return false;
  return /^\d{1,3}$/.test(digits(line.raw));
}

/**
 * A ruled line: a markdown table's separator row, a markdown rule, the rules of the
 * 版记 as a text extraction draws them.
 *
 * @example
 * isRule({ no: 3, raw: "|---|:--:|", text: "" }); // true
 */
export function isRule(line: ReportLine): boolean {
  const s = line.raw.trim();
  if (!/^[-|:=*_—–―─━~·.]/.test(s)) return false;
  return /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/.test(s) || /^[-=*_—–―─━~·.\s]{3,}$/.test(s);
}

/** Org-name endings of issuers and departments. */
export const ORG_END = /(?:中心|政府|办公室|办公厅|局|厅|委员会|委|办|总队|海关|院)$/;
