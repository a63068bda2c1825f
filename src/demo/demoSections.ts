import { eachDay } from "../domain/calendar/dates.js";
import { rankAssessment } from "../domain/assessment/scoring.js";
import type { AssessmentAttachment } from "../domain/model/assessment.js";
import { newId, type Period, type WindowMeasures } from "../domain/model/common.js";
import type { Section, SectionContent } from "../domain/model/section.js";
import type { Department } from "../domain/departments/registry.js";
import { chineseMonth } from "../domain/present/dates.js";
import { DEFAULT_INSPECTION_VERDICT, INSPECTION_ITEMS } from "../domain/present/sentences.js";
import { MANUAL_TOTAL_ITEMS, truncatedPercent, type DemoFigures } from "./demoState.js";
import * as T from "./demoTexts.js";
import type { Random } from "./random.js";

type Input = { period: Period; year: number; figures: DemoFigures; week: WindowMeasures; added: number; departments: Department[]; rnd: Random };

const node = (level: Section["level"], heading: string, content: SectionContent, children: Section[] = []): Section => ({
  id: newId(),
  level,
  heading,
  content,
  children,
});

const fill = (tpl: string, d: string, n: number) => tpl.replace("{d}", d).replace("{n}", String(n));

/** The demo template's tree with one week's content. */
export function demoSections(x: Input): Section[] {
  const { rnd, departments, figures: f } = x;
  const dept = () => rnd.pick(departments).name;
  const news = Array.from({ length: rnd.int(2, 4) }, () => {
    const d = dept();
    return { id: newId(), text: fill(rnd.pick(T.NEWS_TEMPLATES), d, rnd.int(3, 40)), departments: [d], submissionId: null };
  });
  const other = Array.from({ length: rnd.int(1, 2) }, (_, i) => {
    const d = dept();
    return { id: newId(), text: fill(T.OTHER_WORK_ITEMS[i], d, rnd.int(5, 60)), departments: i === 0 ? [d] : [], submissionId: null };
  });
  const workdays = eachDay(x.period.start, x.period.end);
  const visits = Array.from({ length: rnd.int(0, 2) }, () => ({
    id: newId(),
    date: rnd.pick(workdays),
    department: dept(),
    person: rnd.pick(T.PERSON_NAMES),
    title: rnd.pick(T.LEADER_TITLES),
    text: null,
    submissionId: null,
  }));
  const halls = INSPECTION_ITEMS.map((item, i) => ({
    item,
    verdict: i === 5 && rnd.chance(0.3) ? rnd.pick(T.INSPECTION_OTHER_VERDICTS) : DEFAULT_INSPECTION_VERDICT,
    note: null,
  }));
  return [
    node(1, "惠企政策直达快享专项行动", {
      kind: "policy-lists",
      lists: [
        { level: "national", title: `${x.year}年国家级惠企政策事项清单（第一批）`, total: 123, noApplication: 122, fastApplication: 1 },
        { level: "provincial", title: `${x.year}年省级惠企政策事项清单（第一批）`, total: 71, noApplication: 41, fastApplication: 30 },
      ],
      note: T.POLICY_NOTE,
    }),
    node(1, "省级政务服务事项受理办理情况", {
      kind: "platform-stats",
      platform: "四川一体化政务服务平台",
      scope: "省本级",
      from: `${x.year}-01-01`,
      asOf: x.period.end,
      licensing: { ...f.licensing },
      publicService: { ...f.publicService },
      otherPower: { ...f.otherPower },
    }),
    node(1, "政务工作动态", { kind: "news", intro: null, numbering: "dot", items: news }),
    // A week without a visit says so, as the checks require of an empty section.
    node(1, "厅（局）长进大厅", { kind: "leader-visits", summary: visits.length ? null : T.NO_LEADER_VISIT, visits }),
    node(1, "综窗改革攻坚行动", { kind: "group" }, [
      node(2, "省本级综窗办件情况", { kind: "window-counts", scope: "省本级", week: x.week, ytd: { ...f.windowYtd } }),
      node(2, "事项授权及受理手册编制推进情况", {
        kind: "manual-progress",
        addedThisWeek: x.added,
        addedDepartment: x.added ? dept() : null,
        completed: f.manualCompleted,
        totalItems: MANUAL_TOTAL_ITEMS,
        percent: truncatedPercent(f.manualCompleted, MANUAL_TOTAL_ITEMS),
      }),
      node(2, "其它工作开展情况", { kind: "news", intro: T.OTHER_WORK_INTRO, numbering: "paren", items: other }),
    ]),
    node(1, "大厅巡查情况", { kind: "inspection", intro: null, items: halls }),
  ];
}

/** A month's window assessment: every department scored and ranked. */
export function demoAssessment(month: string, departments: Department[], rnd: Random): AssessmentAttachment {
  const rows = rankAssessment(
    departments.map((d) => ({
      department: d.name,
      base: 100,
      deduction: rnd.chance(0.15) ? -rnd.int(1, 12) : 0,
      bonus: rnd.int(0, 38) / 2,
    })),
  );
  return { kind: "assessment", month, title: `${chineseMonth(month)}省政务服务大厅进驻部门（单位）窗口考核结果`, rows };
}
