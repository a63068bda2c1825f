import type { DepartmentRegistry, LeaderVisit } from "../../../domain/index.js";
import { HALL, VISIT_ESCORTS, newId } from "../../../domain/index.js";
import { resolveDepartment } from "./departments.js";

/** A visit read from a sentence, before it gets an id and its paragraph. */
export type VisitMatch = Omit<LeaderVisit, "id" | "text" | "submissionId"> & { known: boolean; start: number; end: number };

const HAN = "\\u4e00-\\u9fff";
const ORG = `[${HAN}（）]{1,20}?(?:中心|总队|海关|办公室|委员会|厅|局|委|办|院|署|会)(?:（[${HAN}]{1,10}）)?`;
const TITLE_WORD =
  "(?:书记|委员|成员|组长|厅长|局长|署长|关长|总队长|队长|主任|巡视员|调研员|经济师|工程师|会计师|规划师|督察|总师|秘书长|院长|部长|处长|主席|总监|政委|参事)";
// A post may carry a long qualifier: 驻厅纪检监察组组长, 一级巡视员.
const TITLE_TOKEN = `[${HAN}]{0,10}?${TITLE_WORD}`;
const TITLE = `${TITLE_TOKEN}(?:、${TITLE_TOKEN})*`;
const NAME = `[${HAN}·]{2,4}?`;
const ESCORT = VISIT_ESCORTS.join("|");
/** The verb that ends the subject of a visit sentence (率队/带队/一行 end it too, and are read as the escort). */
const VERB = new RegExp(`来到|莅临|深入|走进|前往|${ESCORT}|分别|到|赴`);
const VISITOR = new RegExp(`(${ORG})(${TITLE})(${NAME})(?=同志|等|${ESCORT}|[，、,]|$)`, "g");
/** 12月11日, 12月11日至12日, 12月11日—12月13日 (a range's end may omit the month). */
const DATES = /(\d{1,2})月(\d{1,2})日(?:(?:至|到|—|–|-|~|－)(?:(\d{1,2})月)?(\d{1,2})日)?/g;
/** 到省自然资源厅窗口 / 到省政务服务大厅发展改革窗口: the window named after the verb. */
const WINDOW = new RegExp(`^(?:同志)?(?:${ESCORT})?(?:来到|莅临|深入|走进|前往|到|赴)([${HAN}（）]{1,24}?)窗口`);

type DateOf = (m: number, d: number) => string | null;
type Dated = { start: number; end: number; date: string | null; endDate: string | null };

function datesIn(text: string, dateOf: DateOf): Dated[] {
  return [...text.matchAll(DATES)].map((m) => {
    const date = dateOf(Number(m[1]), Number(m[2]));
    const endDate = m[4] ? dateOf(Number(m[3] ?? m[1]), Number(m[4])) : null;
    return { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, date, endDate: endDate && date && endDate > date ? endDate : null };
  });
}

/**
 * The visitors named at the start of a 厅（局）长进大厅 sentence: department, title (one or
 * several posts joined by 、) and person; the date or date range before them; 率队 / 带队 /
 * 一行 after the name; the window named after the verb. Several visitors may share one
 * sentence ("本周，A厅总经济师李强，B厅二级巡视员龚瑞分别到…").
 *
 * @example
 * findVisits("12月11日至12日，自然资源厅党组成员、副厅长刘振宇率队到省自然资源厅窗口调研", registry, dateOf)
 * // [{ date: "2023-12-11", endDate: "2023-12-12", department: "自然资源厅", title: "党组成员、副厅长", person: "刘振宇", escort: "率队", window: "省自然资源厅", … }]
 */
export function findVisits(text: string, registry: DepartmentRegistry, dateOf: DateOf): VisitMatch[] {
  const dates = datesIn(text, dateOf);
  // The verb is looked for outside dates: 12月11日到12日 is a range, not the visit's verb.
  let masked = text;
  for (const d of dates) masked = masked.slice(0, d.start) + "　".repeat(d.end - d.start) + masked.slice(d.end);
  const verb = VERB.exec(masked);
  const subject = text.slice(0, Math.min(verb ? verb.index : text.length, 160));
  const out: VisitMatch[] = [];
  for (const m of subject.matchAll(VISITOR)) {
    const start = m.index ?? 0;
    // Visitors after the first must follow on directly (，/、 between them).
    if (out.length && !/^[，、,和及与]{0,2}$/.test(subject.slice(out[out.length - 1].end, start))) break;
    const when = dates.filter((d) => d.end <= start).pop();
    const dept = resolveDepartment(registry, m[1]);
    const escort = VISIT_ESCORTS.find((e) => text.startsWith(e, start + m[0].length)) ?? null;
    out.push({
      date: when?.date ?? null,
      endDate: when?.endDate ?? null,
      department: dept.name,
      known: dept.known,
      title: m[2],
      person: m[3],
      escort,
      window: null,
      start,
      end: start + m[0].length,
    });
  }
  const place = out.length ? WINDOW.exec(text.slice(out[out.length - 1].end)) : null;
  const window = place ? place[1].replace(new RegExp(`^${HALL}`), "") || null : null;
  // One named window is where every visitor of the sentence went (分别到… names none).
  if (window && !/^分别/.test(text.slice(out[out.length - 1].end))) for (const v of out) v.window = window;
  return out;
}

/**
 * A found visit as the model's LeaderVisit, with its paragraph when it has one.
 *
 * @example
 * toLeaderVisit(findVisits(text, registry, dateOf)[0], text).person; // "周彤"
 */
export function toLeaderVisit(v: VisitMatch, text: string | null): LeaderVisit {
  const { known: _k, start: _s, end: _e, ...fields } = v;
  return { id: newId(), ...fields, text, submissionId: null };
}
