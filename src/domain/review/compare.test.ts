import { describe, expect, it } from "vitest";
import type { IssueDocument } from "../model/issue.js";
import { builtinTemplate, treeFromPrevious } from "../templates/builtin.js";
import { walkSections } from "../tree.js";
import { compareIssues, markedText } from "./compare.js";
import { figureText } from "./figures.js";

/** An issue of the 2023 template with news and the front desk's figures filled. */
function issue(year: number, seq: number, o: { news: string[]; ytdAccepted: number; percent: number }, tree = builtinTemplate("2023")): IssueDocument {
  const sections = structuredClone(tree);
  const [, news, , group] = sections;
  news.content = { kind: "news", intro: null, numbering: "paren", items: o.news.map((text, i) => ({ id: `n${i}`, text, departments: [], submissionId: null })) };
  group.children[0].content = {
    kind: "window-counts",
    scope: "省本级",
    week: { consulted: 1479, accepted: 522, issued: 2232, circulated: 12601 },
    ytd: { consulted: 74716, accepted: o.ytdAccepted, issued: 171523, circulated: 312870 },
  };
  group.children[1].content = { kind: "manual-progress", addedThisWeek: null, addedDepartment: null, completed: 1082, totalItems: null, percent: o.percent };
  return {
    title: "窗口工作周报", year, seq, total: 420 + seq, issuer: "中心", publishedOn: null,
    period: { start: `${year}-12-11`, end: `${year}-12-15` }, copies: 91,
    distribution: { report: null, send: null, issue: null }, sections, attachments: [],
  };
}

const prev = issue(2026, 46, { news: ["水利厅窗口开展培训。", "司法厅窗口上线新系统。"], ytdAccepted: 12024, percent: 65.1 });
// The next issue starts from the previous tree (new ids), as the drafter makes it.
const cur = issue(2026, 47, { news: ["水利厅窗口开展业务培训。", "自然资源厅窗口优化流程。"], ytdAccepted: 12345, percent: 65.77 }, treeFromPrevious(prev.sections));

describe("compareIssues", () => {
  it("marks the words that changed in a section's printed text", () => {
    const c = compareIssues(cur, prev, "2026-46");
    expect(c.previous).toEqual({ ref: "2026-46", year: 2026, seq: 46 });
    const news = c.sections.find((s) => s.heading === cur.sections[1].heading)!;
    expect(news.sectionId).toBe(cur.sections[1].id);
    expect(news.change).toBe("changed");
    expect(news.runs).toContainEqual({ op: "added", text: "业务" });
    expect(news.runs.filter((r) => r.op === "removed").map((r) => r.text).join("")).toBe("司法上线新系统");
    expect(news.runs.filter((r) => r.op === "added").map((r) => r.text).join("")).toBe("业务自然资源优化流程");
    // What both print alike is kept, and reading the kept and added runs gives this issue's text.
    expect(news.runs.filter((r) => r.op !== "removed").map((r) => r.text).join("")).toBe("水利厅窗口开展业务培训。\n自然资源厅窗口优化流程。");
    const visits = c.sections.find((s) => s.heading === cur.sections[2].heading)!;
    expect(visits.change).toBe("same");
  });

  it("gives each figure with its value last time and the delta", () => {
    const c = compareIssues(cur, prev, "2026-46");
    const ytd = c.figures.find((f) => f.key === "windowCounts.ytd.accepted")!;
    expect(ytd).toEqual({
      key: "windowCounts.ytd.accepted",
      sectionId: cur.sections[3].children[0].id,
      label: "综窗今年以来受理",
      unit: "件",
      value: 12345,
      previous: 12024,
      delta: 321,
      note: null,
    });
    expect(c.figures.find((f) => f.key === "windowCounts.week.consulted")).toMatchObject({ value: 1479, previous: 1479, delta: 0 });
    expect(c.figures.find((f) => f.key === "manualProgress.percent")).toMatchObject({ value: 65.77, previous: 65.1, delta: 0.67 });
    // The sentence printing the figures is marked too: the old number out, the new one in.
    const counts = c.sections.find((s) => s.sectionId === cur.sections[3].children[0].id)!;
    expect(counts.runs).toContainEqual({ op: "removed", text: "12024" });
    expect(counts.runs).toContainEqual({ op: "added", text: "12345" });
  });

  it("names sections that are new and those that are gone", () => {
    const next = structuredClone(cur);
    next.sections[1].heading = "政务服务动态";
    const c = compareIssues(next, prev, "2026-46");
    expect(c.sections.find((s) => s.sectionId === next.sections[1].id)).toMatchObject({ change: "new", runs: [{ op: "added", text: "水利厅窗口开展业务培训。\n自然资源厅窗口优化流程。" }] });
    expect(c.sections.find((s) => s.change === "removed")).toMatchObject({ sectionId: null, heading: prev.sections[1].heading });
    expect(c.sections.filter((s) => s.sectionId).length).toBe([...walkSections(next.sections)].length);
  });

  it("compares no year-to-date figure across a new year, and nothing without a previous issue", () => {
    const first = issue(2027, 1, { news: ["水利厅窗口开展培训。"], ytdAccepted: 321, percent: 66 }, treeFromPrevious(prev.sections));
    const c = compareIssues(first, prev, "2026-46");
    const ytd = c.figures.find((f) => f.key === "windowCounts.ytd.accepted")!;
    expect([ytd.value, ytd.previous, ytd.delta]).toEqual([321, null, null]);
    expect(ytd.note).toContain("年内首期");
    // A weekly figure still compares with last week.
    expect(c.figures.find((f) => f.key === "windowCounts.week.accepted")).toMatchObject({ previous: 522, delta: 0 });

    const alone = compareIssues(first, null);
    expect(alone.previous).toBeNull();
    expect(alone.figures.length).toBeGreaterThan(0);
    expect(alone.figures.every((f) => f.delta === null && f.previous === null && f.note === "没有上一期可比")).toBe(true);
    expect(alone.sections.every((s) => s.change === "same" && s.runs.every((r) => r.op === "same"))).toBe(true);
  });

  it("marks word by word, not letter by letter", () => {
    expect(markedText("受理12345件", "受理12666件")).toEqual([
      { op: "same", text: "受理" },
      { op: "removed", text: "12345" },
      { op: "added", text: "12666" },
      { op: "same", text: "件" },
    ]);
    expect(markedText("", "")).toEqual([]);
  });

  it("prints a figure with its change since the previous issue", () => {
    const f = { label: "行政许可事项受理", unit: "件", note: null };
    expect(figureText({ ...f, value: 12345, delta: 321 })).toBe("行政许可事项受理 12,345 件（较上期 +321）");
    expect(figureText({ ...f, value: 12000, delta: -1024 })).toBe("行政许可事项受理 12,000 件（较上期 −1,024）");
    expect(figureText({ ...f, value: 5, delta: 0 })).toBe("行政许可事项受理 5 件（与上期持平）");
    expect(figureText({ label: "受理工作手册编制占比", unit: "%", value: 65.77, delta: 0.67, note: null })).toBe("受理工作手册编制占比 65.77%（较上期 +0.67）");
    expect(figureText({ ...f, value: 321, delta: null, note: "没有上一期可比" })).toBe("行政许可事项受理 321 件（没有上一期可比）");
  });
});
