import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type ViteDevServer } from "vite";
import { builtinTemplate } from "../../src/domain/templates/builtin.js";
import { walkSections } from "../../src/domain/tree.js";
import { searchIssue, snippet } from "../../src/domain/archive/search.js";
import { dashboardSeries } from "../../src/domain/dashboard/series.js";
import type { IssueDocument } from "../../src/domain/model/issue.js";
// The web modules import the domain through Vite's @domain alias; load them through Vite
// itself (web/vite.config.ts), exactly as the app is built, instead of duplicating the alias.
let vite: ViteDevServer;
// Typed loosely on purpose: importing the web modules' types would pull them (and their
// @domain alias, which only Vite knows) into the root type check.
type Fn = (...args: any[]) => any;
let addSection: Fn, moveSection: Fn, nudgeSection: Fn, numberingOf: Fn, removeSection: Fn, incompleteFigures: Fn, truncatedPercent: Fn;
let patchVerbatim: Fn, removeVerbatim: Fn, unreviewedIn: Fn, printedParagraphs: Fn;
let liveRanking: Fn, readiness: Fn, stageText: Fn, randomId: Fn, monthlyCasesOption: Fn, departmentsOption: Fn;
let rankedCenters: Fn, unpublishedCenters: Fn;

beforeAll(async () => {
  vite = await createServer({ configFile: resolve(import.meta.dirname, "../../web/vite.config.ts"), server: { middlewareMode: true, hmr: false }, appType: "custom", logLevel: "error" });
  const load = (p: string) => vite.ssrLoadModule(p) as Promise<Record<string, Fn>>;
  ({ addSection, moveSection, nudgeSection, numberingOf, removeSection } = await load("/src/pages/editor/treeOps.ts"));
  ({ incompleteFigures } = await load("/src/pages/editor/documentOf.ts"));
  ({ patchVerbatim, removeVerbatim, unreviewedIn } = await load("/src/pages/editor/verbatim.ts"));
  ({ printedParagraphs } = await load("/src/pages/editor/forms/LeaderVisitsForm.tsx"));
  ({ truncatedPercent } = await load("/src/pages/editor/forms/percent.ts"));
  ({ liveRanking } = await load("/src/pages/assessment/ranking.ts"));
  ({ readiness } = await load("/src/pages/home/readiness.ts"));
  ({ stageText } = await load("/src/pages/stats/uploadStage.ts"));
  ({ randomId } = await load("/src/lib/randomId.ts"));
  ({ monthlyCasesOption, departmentsOption } = await load("/src/pages/dashboard/ledgerOptions.ts"));
  ({ rankedCenters, unpublishedCenters } = await load("/src/pages/province/provinceRows.ts"));
}, 60_000);
afterAll(() => vite?.close());

/** An issue of the 2023 template with the figures a week would have. */
function issue(seq: number, licensing: number, extra: Partial<IssueDocument> = {}): IssueDocument & { total: number } {
  const sections = builtinTemplate("2023");
  for (const s of walkSections(sections)) {
    if (s.content.kind === "window-counts") s.content.week = { consulted: 100 + seq, accepted: 50, issued: 40, circulated: 30 };
    if (s.content.kind === "news" && s.heading === "政务工作动态")
      s.content.items = [{ id: `n${seq}`, text: `水利厅窗口第${seq}周推行取水许可告知承诺制，企业办事更便捷。`, departments: ["水利厅"], submissionId: null }];
  }
  sections.splice(1, 0, {
    id: `p${seq}`, level: 1, heading: "省级政务服务事项受理办理情况", children: [],
    content: { kind: "platform-stats", platform: "四川一体化政务服务平台", scope: "省本级", from: "2023-01-01", asOf: null,
      licensing: { accepted: licensing, completed: licensing - 10 }, publicService: null, otherPower: null },
  });
  return { title: "窗口工作周报", year: 2023, seq, total: 420 + seq, issuer: "中心", publishedOn: null, period: { start: "2023-04-10", end: "2023-04-14" },
    copies: 80, distribution: { report: null, send: null, issue: null }, sections, attachments: [], ...extra };
}

describe("section tree edits (本期编辑)", () => {
  it("reorders siblings by drag, never across parents, and numbers what it prints", () => {
    const t = builtinTemplate("2023");
    const [a, b] = [t[0].id, t[2].id];
    const moved = moveSection(t, b, a);
    expect(moved.map((s: { heading: string }) => s.heading).slice(0, 3)).toEqual(["厅（局）长进大厅", "惠企政策直达快享专项行动", "政务工作动态"]);
    expect(moveSection(t, t[3].children[0].id, t[0].id)).toBe(t);
    expect(nudgeSection(t, t[0].id, -1)).toBe(t);
    const n = numberingOf(moved);
    expect(n.get(b)).toBe("一、");
    expect(n.get(t[3].children[1].id)).toBe("（二）");
  });
  it("adds after or inside a section and removes a whole branch", () => {
    const t = builtinTemplate("2023");
    const child = addSection(t, "text", "补充说明", t[3].id, true);
    expect(child[3].children.at(-1)).toMatchObject({ level: 2, heading: "补充说明", content: { kind: "text" } });
    const after = addSection(t, "news", "新栏目", t[0].id, false);
    expect(after[1]).toMatchObject({ level: 1, heading: "新栏目" });
    expect(removeSection(t, t[3].id)).toHaveLength(3);
  });
  it("names figures entered halfway so the clerk can finish them before saving", () => {
    const doc = issue(1, 100);
    const stats = doc.sections[1].content as any;
    stats.publicService = { accepted: 5, completed: null };
    expect(incompleteFigures(doc)).toEqual(["“省级政务服务事项受理办理情况”：公共服务事项的办结数"]);
  });
  it("computes a percent truncated to two decimals as the center prints it (1082 of 1645 = 65.77)", () => {
    expect(truncatedPercent(1082, 1645)).toBe(65.77);
    expect(truncatedPercent(2, 3)).toBe(66.66);
  });
});

describe("text kept by an import and leader visits (本期编辑)", () => {
  const kept = [
    { id: "k1", text: "（3）窗口迎来省人大代表视察组。", line: 23, reviewed: false },
    { id: "k2", text: "本期责任编辑：综合处", line: 43, reviewed: false },
  ];
  it("keeps the review mark while the text is edited, clears it on 确认无误, removes a paragraph", () => {
    const edited = patchVerbatim(kept, "k1", { text: "（3）窗口迎来省人大代表视察组，体验办事流程。" });
    expect(unreviewedIn({ verbatim: edited })).toBe(2);
    const confirmed = patchVerbatim(edited, "k1", { reviewed: true });
    expect(unreviewedIn({ verbatim: confirmed })).toBe(1);
    expect(confirmed[0].text).toContain("体验办事流程");
    expect(removeVerbatim(confirmed, "k2").map((p: { id: string }) => p.id)).toEqual(["k1"]);
    expect(unreviewedIn({})).toBe(0);
  });
  it("previews a liaison's 情况说明 after the generated sentence, never instead of it", () => {
    const visit = { id: "v", date: "2023-12-12", department: "应急管理厅", title: "党委委员、副厅长", person: "周彤", text: "现场协调解决了两个难点。", submissionId: "s" };
    expect(printedParagraphs({ kind: "leader-visits", summary: null, visits: [visit] })).toEqual([
      "12月12日，应急管理厅党委委员、副厅长周彤到省政务服务大厅窗口调研值守。现场协调解决了两个难点。",
    ]);
  });
});

describe("archive search rules (往期归档)", () => {
  it("needs every word, filters by department, kind and date, and quotes around the word", () => {
    const doc = issue(7, 1000);
    expect(searchIssue(doc, { words: "取水许可 告知承诺" })?.[0].heading).toBe("政务工作动态");
    expect(searchIssue(doc, { words: "取水许可 不存在的词" })).toBeNull();
    expect(searchIssue(doc, { words: "", department: "水利厅" })?.map((m: { kind: string }) => m.kind)).toEqual(["news"]);
    expect(searchIssue(doc, { words: "取水许可", department: "公安厅" })).toBeNull();
    expect(searchIssue(doc, { words: "行政许可事项受理1000件", kind: "platform-stats" })).toHaveLength(1);
    expect(searchIssue(doc, { words: "取水许可", from: "2023-05-01" })).toBeNull();
    expect(snippet("一".repeat(100) + "目标" + "二".repeat(100), ["目标"])).toMatch(/^…一+目标二+…$/);
  });
});

describe("dashboard series (数据看板)", () => {
  it("derives weekly increments from consecutive year-to-date figures and counts news per department", () => {
    const s = dashboardSeries([issue(3, 1300), issue(1, 1000), issue(2, 1150)]);
    expect(s.labels).toEqual(["第1期", "第2期", "第3期"]);
    expect(s.ytd.licensing.accepted).toEqual([1000, 1150, 1300]);
    expect(s.weekly.licensing.accepted).toEqual([1000, 150, 150]);
    expect(s.window.week.consulted).toEqual([101, 102, 103]);
    expect(s.newsByDepartment).toEqual([["水利厅", 3]]);
  });
  it("ranks departments by month from the assessment attachments", () => {
    const rows = [
      { rank: 1, department: "水利厅", base: 100, deduction: 0, bonus: 2, score: 102 },
      { rank: 2, department: "公安厅", base: 100, deduction: 0, bonus: 0, score: 100 },
    ];
    const s = dashboardSeries([issue(1, 1000, { attachments: [{ kind: "assessment", month: "2023-03", title: "考核", rows }] })]);
    expect(s.ranks).toEqual({ months: ["2023-03"], byDepartment: { 水利厅: [1], 公安厅: [2] } });
  });
});

describe("live assessment ranking (月度考核)", () => {
  it("scores base − deductions + bonuses and ranks ties 12, 12, 14 style", () => {
    const rows = liveRanking([
      { department: "甲厅", base: 100, deductions: [{ points: 0.5, reason: "迟到" }], bonuses: [] },
      { department: "乙厅", base: 100, deductions: [], bonuses: [{ points: 1, reason: "表扬" }] },
      { department: "丙厅", base: 100, deductions: [{ points: 0.5, reason: "着装" }], bonuses: [] },
    ]);
    expect(rows.map((r: any) => [r.department, r.rank, r.score, r.deduction])).toEqual([
      ["乙厅", 1, 101, 0],
      ["甲厅", 2, 99.5, -0.5],
      ["丙厅", 2, 99.5, -0.5],
    ]);
  });
});

describe("what is left before publishing (首页)", () => {
  it("lists pending submissions, empty sections, errors, open warnings and the workflow steps", () => {
    const doc = { ...issue(1, 1000), status: "draft" };
    const tasks = readiness(doc, [{ code: "stats.ytd-decreased", severity: "error", message: "…", section: null, sectionId: null, field: null, overridden: false, overrideReason: null }], 2);
    expect(tasks.filter((t: any) => !t.done).map((t: any) => t.text)).toEqual([
      "处理 2 条待采用的部门报送",
      expect.stringContaining("填写尚空的栏目："),
      "改正 1 项校核错误",
      "提交审核",
      "审核人签发",
      "发布（生成 Word 与 PDF）",
    ]);
    expect(readiness({ ...doc, status: "published" }, [], 0).filter((t: any) => !t.done).map((t: any) => t.text)).toEqual([expect.stringContaining("填写尚空的栏目")]);
  });
});

describe("ledger upload progress (统计数据)", () => {
  it("says the upload's percent, then how far the server has read", () => {
    expect(stageText({ step: "sending", percent: 40 })).toEqual({ percent: 40, text: "上传 40%" });
    expect(stageText({ step: "server", state: null })).toEqual({ percent: 0, text: "服务器开始导入……" });
    const state = { phase: "importing", bytes: 250, totalBytes: 1000, rows: 123456, inserted: 120000, rejected: 3 };
    expect(stageText({ step: "server", state })).toEqual({ percent: 25, text: "导入 25%：已读 123,456 行，新增 120,000 行，拒收 3 行" });
    expect(stageText({ step: "server", state: { ...state, bytes: 1000, rejected: 0 } }).percent).toBe(99);
  });

  it("makes progress keys without crypto.randomUUID (plain http on an intranet is no secure context)", () => {
    const ids = new Set(Array.from({ length: 200 }, () => randomId()));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe("ledger charts (数据看板)", () => {
  const p = (accepted: number, completed: number) => ({ accepted, completed });
  const w = { consulted: 0, accepted: 0, issued: 0, circulated: 0 };
  const summary = {
    year: 2023,
    lastDay: "2023-02-20",
    ytd: { licensing: p(30, 25), publicService: p(900, 880), otherPower: p(3, 2), window: w },
    months: [
      { month: "2023-01", licensing: p(10, 12), publicService: p(400, 390), otherPower: p(1, 0), window: w },
      { month: "2023-02", licensing: p(20, 13), publicService: p(500, 490), otherPower: p(2, 2), window: w },
    ],
    departments: [
      { department: "省公安厅", accepted: 600, completed: 590 },
      { department: "省市场监管局", accepted: 200, completed: 190 },
    ],
    warnings: [],
  };
  it("stacks the kinds' accepted cases per month and draws the completed total as a line", () => {
    const o = monthlyCasesOption(summary);
    expect(o.xAxis.data).toEqual(["1月", "2月"]);
    expect(o.series.map((x: { name: string }) => x.name)).toEqual(["行政许可受理", "公共服务受理", "其它行权受理", "办结（合计）"]);
    expect(o.series[1].data).toEqual([400, 500]);
    expect(o.series[3].data).toEqual([402, 505]);
  });
  it("puts the department with most accepted cases at the top", () => {
    const o = departmentsOption(summary);
    expect(o.yAxis.data).toEqual(["省市场监管局", "省公安厅"]);
    expect(o.series[0].data).toEqual([200, 600]);
  });
});

describe("a conflict's 对照 (本期编辑)", () => {
  let compareCopies: Fn;
  beforeAll(async () => {
    ({ compareCopies } = (await vite.ssrLoadModule("/src/pages/editor/compareCopies.ts")) as Record<string, Fn>);
  });

  it("lists what each copy prints differently: a header field, a changed section, one only the server has", () => {
    const mine = issue(5, 1000);
    const theirs = structuredClone(mine);
    expect(compareCopies(mine, theirs)).toEqual([]);
    theirs.copies = 90;
    const news = [...walkSections(theirs.sections)].find((s) => s.heading === "政务工作动态")!;
    if (news.content.kind === "news") news.content.items[0].text = "水利厅窗口本周另有说法，由另一位编辑写入。";
    theirs.sections.push({ id: "extra", level: 1, heading: "新增栏目", children: [], content: { kind: "text", paragraphs: ["只在服务器上的栏目。"] } } as never);
    const d = compareCopies(mine, theirs);
    expect(d.map((x: { heading: string }) => x.heading)).toEqual(["印数", "政务工作动态", "新增栏目"]);
    expect(d[1].mine).toContain("取水许可告知承诺制");
    expect(d[1].theirs).toContain("另一位编辑写入");
    expect(d[2].mine).toBeNull();
  });
});

describe("全省汇总 (province page)", () => {
  const pair = (accepted: number, completed = 0) => ({ accepted, completed });
  const center = (code: string, licensing: number, otherPower: number, weekIssue: { ref: string; published: boolean } | null) => ({
    code, name: `中心${code}`, licensing: pair(licensing), publicService: pair(0), otherPower: pair(otherPower), weekIssue,
  });
  const d = {
    centers: [
      center("510000", 300, 5, { ref: "2026-48", published: true }),
      center("510100", 500, 1, { ref: "2026-47", published: false }),
      center("510104", 300, 9, null),
      center("513200", 100, 9, { ref: "2026-45", published: true }),
    ],
  };
  it("ranks the centers by the chosen figure, largest first, equal figures sharing a rank", () => {
    expect(rankedCenters(d, "licensing.accepted").map((c: { code: string; rank: number }) => [c.code, c.rank])).toEqual([["510100", 1], ["510000", 2], ["510104", 2], ["513200", 4]]);
    expect(rankedCenters(d, "otherPower.accepted").map((c: { code: string; rank: number }) => [c.code, c.rank])).toEqual([["510104", 1], ["513200", 1], ["510000", 3], ["510100", 4]]);
  });
  it("lists the centers whose issue of the week is not out, and why", () => {
    expect(unpublishedCenters(d)).toEqual([
      { code: "510100", name: "中心510100", state: "第 47 期尚未发布" },
      { code: "510104", name: "中心510104", state: "本周尚无周报" },
    ]);
  });
});
