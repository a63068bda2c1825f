import type { ContentOf, LeaderVisit } from "../model/section.js";
import { chineseMonthDay } from "./dates.js";

/**
 * The sentences of 厅（局）长进大厅 as real issues write them: one or several posts joined
 * by 、, the leader coming 率队/带队/一行, a named window, a visit over several days.
 */

/** Where a visit went when no window is named. */
export const HALL = "省政务服务大厅";

/** 12月11日 / 12月11日至12日 / 12月31日至1月2日; "" when the date is not known. */
export function visitDates(v: Pick<LeaderVisit, "date" | "endDate">): string {
  if (!v.date) return "";
  if (!v.endDate || v.endDate === v.date) return chineseMonthDay(v.date);
  const sameMonth = v.endDate.slice(0, 7) === v.date.slice(0, 7);
  return `${chineseMonthDay(v.date)}至${sameMonth ? `${Number(v.endDate.slice(8))}日` : chineseMonthDay(v.endDate)}`;
}

/** 应急管理厅党委委员、副厅长周彤率队: who came, as the sentence's subject. */
export function visitorPhrase(v: Pick<LeaderVisit, "department" | "title" | "person" | "escort">): string {
  return `${v.department}${v.title}${v.person}${v.escort ?? ""}`;
}

const windowPhrase = (v: Pick<LeaderVisit, "window">) => `${v.window ?? HALL}窗口`;

/**
 * One visit as a sentence.
 *
 * @example
 * leaderVisitSentence({ date: "2023-12-11", endDate: "2023-12-12", department: "自然资源厅", title: "党组成员、副厅长", person: "刘振宇", escort: "率队", window: "省自然资源厅" })
 * // "12月11日至12日，自然资源厅党组成员、副厅长刘振宇率队到省自然资源厅窗口调研值守。"
 */
export function leaderVisitSentence(v: Pick<LeaderVisit, "date" | "endDate" | "department" | "title" | "person" | "escort" | "window">): string {
  return `${visitDates(v) || "本周"}，${visitorPhrase(v)}到${windowPhrase(v)}调研值守。`;
}

/** 本周，经济和信息化厅总经济师李强，司法厅二级巡视员龚瑞分别到省政务服务大厅窗口调研值守。 */
export function leaderVisitsSummary(visits: LeaderVisit[]): string {
  if (!visits.length) return "本周无厅（局）长进大厅。";
  if (visits.length === 1) return leaderVisitSentence(visits[0]);
  const who = visits.map((v) => `${visitDates(v)}${visitorPhrase(v)}`).join("，");
  const windows = [...new Set(visits.map(windowPhrase))].join("、");
  return `本周，${who}分别到${windows}调研值守。`;
}

/** Whether `short` is `full` with characters left out (发改委 of 发展改革委, 经信厅 of 经济和信息化厅). */
function abbreviates(short: string, full: string): boolean {
  let at = 0;
  for (const c of short) {
    at = full.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * Whether a visit's own text names the visitor: the person, the last post of the title,
 * and just before the title the department, in full or as printed short (应急厅, 省发改委,
 * 经信厅). A past issue's paragraph does; a liaison's 情况说明 usually does not.
 *
 * @example
 * namesVisitor({ department: "省发展改革委", title: "党组成员、副主任", person: "周立新" }, "11月16日，省发改委党组成员、副主任周立新到…"); // true
 */
export function namesVisitor(v: Pick<LeaderVisit, "department" | "title" | "person">, text: string): boolean {
  const post = v.title.split("、").pop() ?? "";
  if (!text.includes(v.person) || !text.includes(post)) return false;
  const core = v.department.replace(/^(?:四川)?省/, "");
  const anchor = v.title ? text.indexOf(v.title.split("、")[0]) : text.indexOf(v.person);
  const before = text.slice(Math.max(0, anchor - 16), anchor);
  if (before.includes(core)) return true;
  for (let n = 2; n <= before.length; n++) {
    const printed = before.slice(-n);
    if (printed[0] === core[0] && abbreviates(printed, core)) return true;
  }
  return false;
}

/**
 * A visit's printed paragraph: its own text when that names the visitor, otherwise the
 * generated sentence followed by the text — a note adds to the sentence and never
 * removes the department, title or name. Null when the visit has no text of its own.
 */
export function leaderVisitParagraph(v: LeaderVisit): string | null {
  const text = v.text?.trim();
  if (!text) return null;
  return namesVisitor(v, text) ? text : `${leaderVisitSentence(v)}${text}`;
}

/** A printed paragraph of the section and the department names set bold in it. */
export type VisitParagraph = { text: string; bold: string[] };

/**
 * What 厅（局）长进大厅 prints: the editor's summary, or one generated from the visits that
 * have no paragraph of their own (so none is left out); then each own paragraph,
 * numbered （1） when there are several. Shared by the renderer and the editor's preview.
 */
export function leaderVisitParagraphs(c: ContentOf<"leader-visits">): VisitParagraph[] {
  // Visitors named together in one paragraph of a past issue share its text: printed once.
  const withText = c.visits.filter((v, i) => v.text?.trim() && c.visits.findIndex((w) => w.text?.trim() === v.text?.trim()) === i);
  const plain = c.visits.filter((v) => !v.text?.trim());
  // A generated sentence sets the department bold, as the official layout does; a past issue's own paragraph stays as printed.
  const own = withText.map((v) => ({ text: leaderVisitParagraph(v)!, bold: namesVisitor(v, v.text!) ? [] : [v.department] }));
  const out: VisitParagraph[] = [];
  if (c.summary?.trim()) out.push(...c.summary.split(/\r?\n/).flatMap((t) => (t.trim() ? [{ text: t.trim(), bold: [] }] : [])));
  else if (plain.length || !own.length) out.push({ text: leaderVisitsSummary(plain), bold: plain.map((v) => v.department) });
  own.forEach((p, i) => out.push({ ...p, text: `${own.length > 1 ? `（${i + 1}）` : ""}${p.text}` }));
  return out;
}
