import { parseChineseNumeral } from "../../../domain/index.js";
import { squash } from "../text/fold.js";
import type { ReportLine } from "../types.js";

/** Line shapes of the report, on folded text (see text/fold.ts). */
export const HEADING_1 = /^([一二三四五六七八九十]{1,3})[、.．]\s*(.+)$/;
export const HEADING_2 = /^（([一二三四五六七八九十]{1,3})）\s*(.+)$/;
/** A numbered item: （1） or 1. / 1、 (not 1.5, not 1月). */
export const ITEM = /^(?:（(\d{1,2})）|(\d{1,2})[.．、](?!\d))\s*(.*)$/;
/** Figures may carry thousands separators or stray spaces: 26,641 / 26 641. */
export const NUM = "(\\d(?:[\\d, ]*\\d)?)";
export const DECIMAL = "(\\d+(?:\\.\\d+)?)";
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

/** A heading's text: short, no sentence inside it, not cut off mid-sentence. */
export function isHeadingText(s: string): boolean {
  return s.length >= 2 && s.length <= 32 && !/[。；！？]/.test(s) && !/[，、：]$/.test(s);
}

/** "十二" or "12" → 12; NaN otherwise. */
export function toNumber(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s);
}

/** A figure as printed (26,641 / 26 641) → 26641. */
export function figure(s: string): number {
  return Number(s.replace(/[, ]/g, ""));
}

const digits = (s: string) => squash(s).replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Page numbers as official documents print them: —8—, - 8 -, 第8页, 8/12. */
export function isPageNumber(line: ReportLine): boolean {
  return /^(?:[-—–―~～_－]+\d{1,3}[-—–―~～_－]+|第\d{1,3}页(?:共\d{1,3}页)?|\d{1,3}\/\d{1,3})$/.test(digits(line.raw));
}

/** A line holding only a small number: a page number at a page's end, or a wrapped figure's tail. */
export function isBareNumber(line: ReportLine): boolean {
  return /^\d{1,3}$/.test(digits(line.raw));
}

/** A markdown table's separator row (|---|:--:|). */
export function isTableRule(line: ReportLine): boolean {
  return /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/.test(line.raw.trim());
}

/** The text of the line without its numbering prefix (（1）, 1., 一、, （一）). */
export function withoutPrefix(text: string): string {
  return text.replace(/^(?:（(?:\d{1,2}|[一二三四五六七八九十]{1,3})）|\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,3}[、.．])\s*/, "");
}

/** Org-name endings of issuers and departments. */
export const ORG_END = /(?:中心|政府|办公室|办公厅|局|厅|委员会|委|办|总队|海关|院)$/;
