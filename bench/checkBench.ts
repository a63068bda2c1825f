/**
 * Benchmark of `zhoubao check --all`: checks an archive of 1,000 generated issues
 * (about 21 years of one center: consecutive numbering per the holiday calendar,
 * growing year-to-date figures, a monthly assessment table) and prints the median
 * time of several runs. Target: ≤ 200 ms of checking.
 *
 *   node bin/run-ts.js bench/checkBench.ts
 */
import { pathToFileURL } from "node:url";
import { HolidayCalendar } from "../src/domain/calendar/holidayCalendar.js";
import { checkArchive } from "../src/domain/checks/checkArchive.js";
import { SEVERITIES } from "../src/domain/checks/codes.js";
import { DepartmentRegistry } from "../src/domain/departments/registry.js";
import { SEED_DEPARTMENTS } from "../src/domain/departments/seed.js";
import type { AssessmentAttachment } from "../src/domain/model/assessment.js";
import type { IssueDocument } from "../src/domain/model/issue.js";
import type { Section, SectionContent } from "../src/domain/model/section.js";
import { proposeNext, type NumberedIssue } from "../src/domain/numbering/proposeNext.js";
import { addDays } from "../src/domain/calendar/dates.js";
import { competitionRanks } from "../src/domain/assessment/scoring.js";
import { INSPECTION_ITEMS } from "../src/domain/present/sentences.js";

const ISSUES = 1000;
const RUNS = 9;
const TARGET_MS = 200;
const HANDLING_ITEMS = 1645;

/** Deterministic pseudo-random numbers (mulberry32), so every run checks the same archive. */
function random(seed: number): (min: number, max: number) => number {
  let a = seed >>> 0;
  return (min, max) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return min + Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (max - min + 1));
  };
}

let nextId = 0;
function sec(level: Section["level"], heading: string, content: SectionContent, children: Section[] = []): Section {
  return { id: `s${++nextId}`, level, heading, content, children };
}

type Running = {
  platform: { la: number; lc: number; pa: number; pc: number; oa: number; oc: number };
  window: { consulted: number; accepted: number; issued: number; circulated: number };
  manual: number;
};

function assessment(month: string, rnd: ReturnType<typeof random>): AssessmentAttachment {
  const rows = SEED_DEPARTMENTS.map((d) => {
    const delta = rnd(0, 5) === 0 ? -rnd(1, 12) : rnd(0, 38) / 2;
    return { rank: 0, department: d.name, base: 100, deduction: Math.min(delta, 0), bonus: Math.max(delta, 0), score: 100 + delta };
  }).sort((a, b) => b.score - a.score);
  const ranks = competitionRanks(rows.map((r) => r.score));
  rows.forEach((r, i) => (r.rank = ranks[i]));
  const [y, m] = month.split("-").map(Number);
  return { kind: "assessment", month, title: `${y}年${m}月省政务服务大厅进驻部门（单位）窗口考核结果`, rows };
}

/**
 * A realistic archive of `count` issues in total order, from the first week of 2004.
 *
 * @example generateArchive(1000, new HolidayCalendar()).length; // 1000
 */
export function generateArchive(count: number, calendar: HolidayCalendar, seed = 49): IssueDocument[] {
  const rnd = random(seed);
  const names = SEED_DEPARTMENTS.map((d) => d.name);
  const issues: IssueDocument[] = [];
  let prev: NumberedIssue | null = null;
  let run: Running | null = null;
  let manualDone = 200;
  let lastMonth = "";
  for (let k = 0; k < count; k++) {
    const n: NumberedIssue = proposeNext(prev, calendar, "2004-01-05");
    if (!prev || n.year !== prev.year)
      run = { platform: { la: 0, lc: 0, pa: 0, pc: 0, oa: 0, oc: 0 }, window: { consulted: 0, accepted: 0, issued: 0, circulated: 0 }, manual: manualDone };
    const r = run!;
    const p = r.platform;
    p.la += rnd(14000, 17000); p.lc += rnd(13500, 17000); p.pa += rnd(380000, 460000);
    p.pc += rnd(140000, 160000); p.oa += rnd(1000, 1400); p.oc += rnd(1000, 1450);
    const week = { consulted: rnd(1200, 1800), accepted: rnd(400, 650), issued: rnd(1800, 2600), circulated: rnd(9000, 14000) };
    for (const key of ["consulted", "accepted", "issued", "circulated"] as const) r.window[key] += week[key];
    const added = r.manual < HANDLING_ITEMS ? Math.min(rnd(0, 6), HANDLING_ITEMS - r.manual) : 0;
    r.manual += added;
    manualDone = r.manual; // manuals are not yearly: the count carries over into the next year
    const percent = Math.floor((10000 * r.manual) / HANDLING_ITEMS) / 100;
    const visitor = names[rnd(0, names.length - 1)];
    const sections = [
      sec(1, "省级政务服务事项受理办理情况", {
        kind: "platform-stats", platform: "四川一体化政务服务平台", scope: "省本级", from: `${n.year}-01-01`, asOf: n.period.end,
        licensing: { accepted: p.la, completed: p.lc }, publicService: { accepted: p.pa, completed: p.pc }, otherPower: { accepted: p.oa, completed: p.oc },
      }),
      sec(1, "惠企政策直达快享专项行动", {
        kind: "policy-lists", note: null,
        lists: [{ level: "national", title: `${n.year} 年国家级惠企政策事项清单`, total: 123, noApplication: 122, fastApplication: 1 }],
      }),
      sec(1, "政务工作动态", {
        kind: "news", intro: null, numbering: "dot",
        items: [0, 1, 2].map((i) => ({ id: `n${k}-${i}`, text: `${names[(k + i) % names.length]}窗口本周工作动态。`, departments: [names[(k + i) % names.length]], submissionId: null })),
      }),
      sec(1, "厅（局）长进大厅", {
        kind: "leader-visits", summary: null,
        visits: [{ id: `v${k}`, date: n.period.start, department: visitor, person: "张三", title: "副厅长", text: null, submissionId: null }],
      }),
      sec(1, "综窗改革攻坚行动", { kind: "group" }, [
        sec(2, "省本级综窗办件情况", { kind: "window-counts", scope: "省本级", week, ytd: { ...r.window } }),
        sec(2, "事项授权及受理手册编制推进情况", {
          kind: "manual-progress", addedThisWeek: added, addedDepartment: added ? visitor : null, completed: r.manual, totalItems: HANDLING_ITEMS, percent,
        }),
      ]),
      sec(1, "大厅巡查情况", { kind: "inspection", intro: null, items: INSPECTION_ITEMS.map((item) => ({ item, verdict: "总体情况良好。", note: null })) }),
    ];
    const month = n.period.start.slice(0, 7);
    const attachments = month !== lastMonth ? [assessment(month, rnd)] : [];
    lastMonth = month;
    issues.push({
      title: "窗口工作周报", year: n.year, seq: n.seq, total: n.total, issuer: "四川省政府政务服务和公共资源交易服务中心",
      publishedOn: addDays(n.period.end, rnd(3, 14)), period: n.period, copies: rnd(80, 91),
      distribution: { report: "中心领导", send: "省级相关部门（单位）", issue: "各部门窗口" }, sections, attachments,
    });
    prev = n;
  }
  return issues;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Generates the archive, checks it RUNS times and prints the figures; returns the median in ms.
 *
 * @example const ms = await run(); // prints "median 71.0 ms over 9 runs …"
 */
export async function run(): Promise<number> {
  const calendar = new HolidayCalendar();
  const registry = new DepartmentRegistry(SEED_DEPARTMENTS.map((d, i) => ({ ...d, displayOrder: i + 1 })));
  const issues = generateArchive(ISSUES, calendar);
  const first = issues[0];
  const last = issues[issues.length - 1];
  const times: number[] = [];
  let results = checkArchive(issues, calendar, registry);
  for (let i = 0; i < RUNS; i++) {
    // Fresh copies each run: the checker caches per document, and a real `check --all` loads them anew.
    const copy = structuredClone(issues);
    const t0 = performance.now();
    results = checkArchive(copy, calendar, registry);
    times.push(performance.now() - t0);
  }
  const findings = results.flatMap((r) => r.findings);
  const bySeverity = SEVERITIES.map((s) => `${s} ${findings.filter((f) => f.severity === s).length}`).join(", ");
  const ms = median(times);
  console.log(`check --all: ${issues.length} issues (${first.year}-${first.seq} … ${last.year}-${last.seq}, 总第${last.total}期)`);
  console.log(`  findings: ${bySeverity}`);
  console.log(`  median ${ms.toFixed(1)} ms over ${RUNS} runs (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}); ${(ms / issues.length * 1000).toFixed(0)} µs per issue; target ≤ ${TARGET_MS} ms ${ms <= TARGET_MS ? "✓" : "✗"}`);
  return ms;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
