import type { DepartmentRegistry, LeaderVisit } from "../../../domain/index.js";
import { newId } from "../../../domain/index.js";
import { resolveDepartment } from "./departments.js";

/** A visit read from a sentence, before it gets an id and its paragraph. */
export type VisitMatch = Omit<LeaderVisit, "id" | "text" | "submissionId"> & { known: boolean; start: number; end: number };

const HAN = "\\u4e00-\\u9fff";
const ORG = `[${HAN}（）]{1,20}?(?:中心|总队|海关|办公室|委员会|厅|局|委|办|院|署|会)(?:（[${HAN}]{1,10}）)?`;
const TITLE_WORD =
  "(?:书记|委员|成员|厅长|局长|署长|关长|总队长|队长|主任|巡视员|调研员|经济师|工程师|会计师|规划师|督察|总师|秘书长|院长|部长|处长|主席|总监|政委|参事)";
const TITLE_TOKEN = `[${HAN}]{0,6}?${TITLE_WORD}`;
const TITLE = `${TITLE_TOKEN}(?:、${TITLE_TOKEN})*`;
const NAME = `[${HAN}·]{2,4}?`;
/** The verb that ends the subject of a visit sentence. */
const VERBS = "来到|莅临|深入|走进|前往|带队|率队|分别|一行|到|赴";
const VERB = new RegExp(VERBS);
const VISITOR = new RegExp(`(${ORG})(${TITLE})(${NAME})(?=同志|等|[，、,]|$)`, "g");
const MONTH_DAY = /(\d{1,2})月(\d{1,2})日/;

/**
 * The visitors named at the start of a 厅（局）长进大厅 sentence: department, title and
 * person, and the date when the sentence starts with one. Several visitors may share
 * one sentence ("本周，A厅总经济师李强，B厅二级巡视员龚瑞分别到…").
 *
 * @example
 * findVisits("1月11日，应急厅党委委员、副厅长周彤来到应急窗口…", registry, 2023)
 * // [{ date: "2023-01-11", department: "应急管理厅", person: "周彤", title: "党委委员、副厅长", known: true, … }]
 */
export function findVisits(text: string, registry: DepartmentRegistry, dateOf: (m: number, d: number) => string | null): VisitMatch[] {
  const verb = VERB.exec(text);
  const subject = text.slice(0, Math.min(verb ? verb.index : text.length, 160));
  const out: VisitMatch[] = [];
  for (const m of subject.matchAll(VISITOR)) {
    const start = m.index ?? 0;
    // Visitors after the first must follow on directly (，/、 between them).
    if (out.length && !/^[，、,和及与]{0,2}$/.test(subject.slice(out[out.length - 1].end, start))) break;
    const before = subject.slice(0, start);
    const dm = MONTH_DAY.exec(before);
    const dept = resolveDepartment(registry, m[1]);
    out.push({
      date: dm ? dateOf(Number(dm[1]), Number(dm[2])) : null,
      department: dept.name,
      known: dept.known,
      title: m[2],
      person: m[3],
      start,
      end: start + m[0].length,
    });
  }
  return out;
}

/**
 * A found visit as the model's LeaderVisit, with its paragraph when it has one.
 *
 * @example
 * toLeaderVisit(findVisits(text, registry, dateOf)[0], text).person; // "周彤"
 */
export function toLeaderVisit(v: VisitMatch, text: string | null): LeaderVisit {
  return { id: newId(), date: v.date, department: v.department, person: v.person, title: v.title, text, submissionId: null };
}
