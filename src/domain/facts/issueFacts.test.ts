import { describe, expect, it } from "vitest";
import { builtinTemplate } from "../templates/builtin.js";
import { facts as factsSchema } from "../model/facts.js";
import type { IssueDocument } from "../model/issue.js";
import { issueFacts } from "./issueFacts.js";

function issue2023(): IssueDocument {
  const sections = builtinTemplate("2023");
  const [policy, news, visits, group] = sections;
  policy.content = {
    kind: "policy-lists",
    note: null,
    lists: [{ level: "national", title: "2023年国家级惠企政策事项清单（第一批）", total: 123, noApplication: 122, fastApplication: 1 }],
  };
  news.content = {
    kind: "news",
    intro: null,
    numbering: "dot",
    items: [1, 2, 3, 4].map((n) => ({ id: `n${n}`, text: `动态${n}`, departments: ["水利厅"], submissionId: null })),
  };
  visits.content = {
    kind: "leader-visits",
    summary: null,
    visits: [{ id: "v", date: null, department: "司法厅", person: "龚瑞", title: "二级巡视员", text: null, submissionId: null }],
  };
  group.children[0].content = {
    kind: "window-counts",
    scope: "省本级",
    week: { consulted: 1479, accepted: 522, issued: 2232, circulated: 12601 },
    ytd: { consulted: 74716, accepted: 23151, issued: 171523, circulated: 312870 },
  };
  group.children[1].content = { kind: "manual-progress", addedThisWeek: 3, addedDepartment: null, completed: 1082, totalItems: null, percent: 65.77 };
  group.children[2].content = { kind: "news", intro: "开展综合窗口培训。", numbering: "paren", items: [] };
  return {
    title: "窗口工作周报", year: 2023, seq: 49, total: 469, issuer: "中心", publishedOn: "2023-12-26",
    period: { start: "2023-12-11", end: "2023-12-15" }, copies: 91,
    distribution: { report: null, send: "省中心领导", issue: "各窗口" }, sections,
    attachments: [{ kind: "assessment", month: "2023-10", title: "考核结果", rows: [{ rank: 1, department: "自然资源厅", base: 100, deduction: 0, bonus: 19, score: 119 }] }],
  };
}

describe("issueFacts", () => {
  it("lists headings in order with item counts and reads every figure", () => {
    const f = issueFacts(issue2023());
    expect(factsSchema.safeParse(f).success).toBe(true);
    expect(f.sections.map((s) => [s.level, s.kind, s.items])).toEqual([
      [1, "policy-lists", undefined],
      [1, "news", 4],
      [1, "leader-visits", undefined],
      [1, "group", undefined],
      [2, "window-counts", undefined],
      [2, "manual-progress", undefined],
      [2, "news", 1],
    ]);
    expect(f.windowCounts?.ytd.circulated).toBe(312870);
    expect(f.manualProgress).toEqual({ addedThisWeek: 3, completed: 1082, percent: 65.77 });
    expect(f.leaderVisits).toEqual([{ date: null, department: "司法厅", person: "龚瑞" }]);
    expect(f.assessment?.rows[0].score).toBe(119);
    expect(f.policyLists?.[0].total).toBe(123);
    expect(f.platformStats).toBeUndefined();
  });

  it("leaves out figures that are incomplete", () => {
    const d = issue2023();
    const w = d.sections[3].children[0].content;
    if (w.kind === "window-counts") w.ytd = null;
    expect(issueFacts(d).windowCounts).toBeUndefined();
  });
});
