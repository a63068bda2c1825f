/**
 * Issue documents for the checks' tests, built from the figures of real issues
 * (2022-31, 2023-02, 2023-49 and DESIGN.md §3) with texts of our own. Every builder
 * returns a fresh document, so a test may alter one figure without touching others.
 * The predecessors (2022-30, 2023-01, 2023-48) are derived: same numbering offsets,
 * the week before, smaller year-to-date figures that add up.
 */
import { HolidayCalendar } from "../calendar/holidayCalendar.js";
import { DepartmentRegistry } from "../departments/registry.js";
import { SEED_DEPARTMENTS } from "../departments/seed.js";
import { issueDocument, type IssueDocument } from "../model/issue.js";
import { sectionContent, type Section } from "../model/section.js";
import { INSPECTION_ITEMS } from "../present/sentences.js";
import { checkIssue } from "./checkIssue.js";
import type { CheckCode } from "./codes.js";
import type { CheckContext } from "./context.js";
import type { Finding } from "./finding.js";

export const calendar = new HolidayCalendar();
export const registry = new DepartmentRegistry(SEED_DEPARTMENTS.map((d, i) => ({ ...d, displayOrder: i + 1 })));

const ISSUER = "四川省政府政务服务和公共资源交易服务中心";
const DISTRIBUTION_2022 = {
  report: "中心领导",
  send: "各相关省级部门（单位），中心各处（室）、直属单位",
  issue: "各部门窗口",
};
const DISTRIBUTION_2023 = {
  report: null,
  send: "省中心领导、省级相关部门（单位）",
  issue: "省级相关部门（单位）窗口，省中心各处（室）、直属单位",
};

/** A section with a stable id: `${prefix}/${key}` so tests can address it. */
function sec(id: string, level: Section["level"], heading: string, content: object, children: Section[] = []): Section {
  return { id, level, heading, content: sectionContent.parse(content), children };
}

function news(id: string, level: Section["level"], heading: string, texts: [string, string[]][]): Section {
  const items = texts.map(([text, departments], i) => ({ id: `${id}/item${i + 1}`, text, departments }));
  return sec(id, level, heading, { kind: "news", items });
}

function inspection(id: string, lastVerdict: string): Section {
  const items = INSPECTION_ITEMS.map((item, i) => ({ item, verdict: i === 5 ? lastVerdict : "总体情况良好。" }));
  return sec(id, 1, "大厅巡查情况", { kind: "inspection", items });
}

type Pairs = [number, number, number, number, number, number];

/** The 2022-generation tree: part 政务服务工作 › platform stats, news group, inspection. */
function tree2022(p: string, asOf: string, figures: Pairs, visits: [string, string, string][]): Section[] {
  const [la, lc, pa, pc, oa, oc] = figures;
  const stats = sec(`${p}/stats`, 1, "省级政务服务事项受理办理情况", {
    kind: "platform-stats",
    from: `${asOf.slice(0, 4)}-01-01`,
    asOf,
    licensing: { accepted: la, completed: lc },
    publicService: { accepted: pa, completed: pc },
    otherPower: { accepted: oa, completed: oc },
  });
  const group = sec(`${p}/news`, 1, "窗口工作动态", { kind: "group" }, [
    news(`${p}/business`, 2, "优化营商环境工作开展情况", [
      ["自然资源厅窗口推行不动产登记“一窗受理”，压减办理环节两个。", ["自然资源厅"]],
      ["省市场监管局窗口开展经营主体登记帮办代办，本周帮办 36 件。", ["省市场监管局"]],
    ]),
    news(`${p}/efficiency`, 2, "窗口服务效能提升工作情况", [
      ["交通厅窗口对道路运输许可实行容缺受理。", ["交通运输厅"]],
      ["公安厅窗口延长出入境业务咨询时间。", ["公安厅"]],
    ]),
  ]);
  if (visits.length) {
    const list = visits.map(([date, department, person], i) => ({ id: `${p}/visit${i + 1}`, date, department, person }));
    group.children.push(sec(`${p}/visits`, 2, "厅（局）长进大厅", { kind: "leader-visits", visits: list }));
  }
  return [sec(`${p}/part`, 0, "政务服务工作", { kind: "part" }, [stats, group, inspection(`${p}/inspection`, "大厅运行保障有序。")])];
}

type Window = { consulted: number; accepted: number; issued: number; circulated: number };

/** The 2023-generation tree: policy lists, news, leader visits, 综窗 group. */
function tree2023(p: string, week: Window, ytd: Window, manual: { added: number; completed: number; percent: number }): Section[] {
  return [
    sec(`${p}/policy`, 1, "惠企政策直达快享专项行动", {
      kind: "policy-lists",
      lists: [
        { level: "national", title: "2023 年国家级惠企政策事项清单（第一批）", total: 123, noApplication: 122, fastApplication: 1 },
        { level: "provincial", title: "2023 年省级惠企政策事项清单（第一批）", total: 71, noApplication: 41, fastApplication: 30 },
      ],
    }),
    news(`${p}/news`, 1, "政务工作动态", [
      ["公安厅召开深化改革推进会，部署优化营商环境相关任务。", ["公安厅"]],
      ["水利厅会同四川省税务局开展取水许可随机抽查。", ["水利厅", "四川省税务局"]],
    ]),
    sec(`${p}/visits`, 1, "厅（局）长进大厅", {
      kind: "leader-visits",
      visits: [
        { id: `${p}/visit1`, date: null, department: "经济和信息化厅", person: "李强" },
        { id: `${p}/visit2`, date: null, department: "司法厅", person: "龚瑞" },
      ],
    }),
    sec(`${p}/reform`, 1, "综窗改革攻坚行动", { kind: "group" }, [
      sec(`${p}/window`, 2, "省本级综窗办件情况", { kind: "window-counts", week, ytd }),
      sec(`${p}/manual`, 2, "事项授权及受理手册编制推进情况", {
        kind: "manual-progress",
        addedThisWeek: manual.added,
        addedDepartment: "省市场监管局",
        completed: manual.completed,
        percent: manual.percent,
      }),
      news(`${p}/other`, 2, "其它工作开展情况", [["对新进综窗人员开展高频事项业务培训。", ["司法厅", "水利厅"]]]),
    ]),
  ];
}

/** The 2023-10 window assessment: [department, bonus or deduction, rank] with its ties (12, 12, 14 …). */
const ASSESSMENT_2023_10: [string, number, number][] = [
  ["自然资源厅", 19, 1], ["交通运输厅", 16, 2], ["省市场监管局", 13, 3], ["省林草局", 10, 4],
  ["省广电局", 9.5, 5], ["公安厅", 8, 6], ["省药监局", 7, 7], ["应急管理厅", 6.5, 8],
  ["省发展改革委", 6, 9], ["生态环境厅", 5, 10], ["民政厅", 4.5, 11], ["水利厅", 4, 12],
  ["文化和旅游厅", 4, 12], ["农业农村厅", 3.5, 14], ["商务厅", 3, 15], ["省卫生健康委", 3, 15],
  ["经济和信息化厅", 2.5, 17], ["科技厅", 2.5, 17], ["住房城乡建设厅", 2, 19], ["四川省税务局", 1.5, 20],
  ["司法厅", 1, 21], ["省新闻出版局（省电影局）", 0, 22], ["四川气象局", 0, 22], ["省贸促会", 0, 22],
  ["四川消防救援总队", 0, 22], ["成都海关", -2, 26], ["教育厅", -12, 27], ["四川测绘局", -12, 27],
  ["四川地震局", -12, 27],
];

export function assessment2023_10(): IssueDocument["attachments"][number] {
  return {
    kind: "assessment",
    month: "2023-10",
    title: "2023年10月省政务服务大厅进驻部门（单位）窗口考核结果",
    rows: ASSESSMENT_2023_10.map(([department, delta, rank]) => ({
      rank,
      department,
      base: 100,
      deduction: Math.min(delta, 0),
      bonus: Math.max(delta, 0),
      score: 100 + delta,
    })),
  };
}

type Header = Pick<IssueDocument, "year" | "seq" | "total" | "publishedOn" | "period" | "copies" | "distribution">;

function issue(h: Header, sections: Section[], attachments: IssueDocument["attachments"] = []): IssueDocument {
  return issueDocument.parse({ title: "窗口工作周报", issuer: ISSUER, ...h, sections, attachments });
}

/** 2022年第30期（总第405期）, 9月5日—9月9日: derived predecessor of 2022-31. */
export function issue2022_30(): IssueDocument {
  const period = { start: "2022-09-05", end: "2022-09-09" };
  const figures: Pairs = [601480, 596230, 19234551, 7291804, 48390, 49170];
  return issue({ year: 2022, seq: 30, total: 405, publishedOn: "2022-10-14", period, copies: 80, distribution: DISTRIBUTION_2022 },
    tree2022("2022-30", period.end, figures, []));
}

/** 2022年第31期（总第406期）, 9月13日—9月16日 (9月12日 was 中秋节). */
export function issue2022_31(): IssueDocument {
  const period = { start: "2022-09-13", end: "2022-09-16" };
  const figures: Pairs = [617058, 611244, 19691982, 7463962, 49602, 50398];
  return issue({ year: 2022, seq: 31, total: 406, publishedOn: "2022-10-21", period, copies: 80, distribution: DISTRIBUTION_2022 },
    tree2022("2022-31", period.end, figures, []));
}

/** 2023年第1期（总第421期）, 1月3日—1月6日: derived predecessor of 2023-02. */
export function issue2023_01(): IssueDocument {
  const period = { start: "2023-01-03", end: "2023-01-06" };
  const figures: Pairs = [12873, 13502, 70114, 69320, 1046, 1090];
  return issue({ year: 2023, seq: 1, total: 421, publishedOn: "2023-01-20", period, copies: 80, distribution: DISTRIBUTION_2022 },
    tree2022("2023-01", period.end, figures, []));
}

/** 2023年第2期（总第422期）, 1月9日—1月13日, with three leader visits. */
export function issue2023_02(): IssueDocument {
  const period = { start: "2023-01-09", end: "2023-01-13" };
  const figures: Pairs = [26641, 27287, 157350, 155143, 2237, 2274];
  const visits: [string, string, string][] = [
    ["2023-01-11", "应急管理厅", "周彤"],
    ["2023-01-11", "交通运输厅", "张勇"],
    ["2023-01-12", "司法厅", "李慎伦"],
  ];
  return issue({ year: 2023, seq: 2, total: 422, publishedOn: "2023-01-31", period, copies: 80, distribution: DISTRIBUTION_2022 },
    tree2022("2023-02", period.end, figures, visits));
}

/** 2023年第48期（总第468期）, 12月4日—12月8日: its 今年以来 plus 2023-49's week is 2023-49's. */
export function issue2023_48(): IssueDocument {
  const period = { start: "2023-12-04", end: "2023-12-08" };
  const week = { consulted: 1502, accepted: 498, issued: 2104, circulated: 12377 };
  const ytd = { consulted: 73237, accepted: 22629, issued: 169291, circulated: 300269 };
  return issue({ year: 2023, seq: 48, total: 468, publishedOn: "2023-12-19", period, copies: 91, distribution: DISTRIBUTION_2023 },
    tree2023("2023-48", week, ytd, { added: 5, completed: 1079, percent: 65.59 }));
}

/** 2023年第49期（总第469期）, 12月11日—12月15日, with the 2023-10 assessment attached. */
export function issue2023_49(): IssueDocument {
  const period = { start: "2023-12-11", end: "2023-12-15" };
  const week = { consulted: 1479, accepted: 522, issued: 2232, circulated: 12601 };
  const ytd = { consulted: 74716, accepted: 23151, issued: 171523, circulated: 312870 };
  return issue({ year: 2023, seq: 49, total: 469, publishedOn: "2023-12-26", period, copies: 91, distribution: DISTRIBUTION_2023 },
    tree2023("2023-49", week, ytd, { added: 3, completed: 1082, percent: 65.77 }), [assessment2023_10()]);
}

/** A check context: the previous issue and the rest of the year (by default just the previous issue; other years are ignored). */
export function contextOf(previous: IssueDocument | null, sameYear?: IssueDocument[]): CheckContext {
  return { previous, sameYear: sameYear ?? (previous ? [previous] : []), calendar, registry };
}

/** The six fixture issues in total order: 2022-30, 2022-31, 2023-01, 2023-02, 2023-48, 2023-49. */
export function archive(): IssueDocument[] {
  return [issue2022_30(), issue2022_31(), issue2023_01(), issue2023_02(), issue2023_48(), issue2023_49()];
}

/** The findings of one code for an issue in a context. */
export function findingsOf(code: CheckCode, doc: IssueDocument, ctx: CheckContext): Finding[] {
  return checkIssue(doc, ctx).filter((f) => f.code === code);
}
