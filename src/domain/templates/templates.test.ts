import { describe, expect, it } from "vitest";
import { issueFacts } from "../facts/issueFacts.js";
import { walkSections } from "../tree.js";
import { builtinTemplate, treeFromPrevious } from "./builtin.js";
import { section } from "../model/section.js";

const headings = (tree: ReturnType<typeof builtinTemplate>) =>
  [...walkSections(tree)].map((s) => [s.level, s.heading, s.content.kind]);

describe("built-in templates", () => {
  it("reproduce the 2022 generation's tree", () => {
    expect(headings(builtinTemplate("2022"))).toEqual([
      [0, "政务服务工作", "part"],
      [1, "省级政务服务事项受理办理情况", "platform-stats"],
      [1, "窗口工作动态", "group"],
      [2, "优化营商环境工作开展情况", "news"],
      [2, "窗口服务效能提升工作情况", "news"],
      [2, "厅（局）长进大厅", "leader-visits"],
      [1, "大厅巡查情况", "inspection"],
    ]);
  });

  it("reproduce the 2023 generation's tree", () => {
    expect(headings(builtinTemplate("2023"))).toEqual([
      [1, "惠企政策直达快享专项行动", "policy-lists"],
      [1, "政务工作动态", "news"],
      [1, "厅（局）长进大厅", "leader-visits"],
      [1, "综窗改革攻坚行动", "group"],
      [2, "省本级综窗办件情况", "window-counts"],
      [2, "事项授权及受理手册编制推进情况", "manual-progress"],
      [2, "其它工作开展情况", "news"],
    ]);
  });

  it("every section of a template is valid per the shared schema", () => {
    for (const s of builtinTemplate("2022")) expect(section.safeParse(s).success).toBe(true);
  });

  it("a new issue copies the previous tree without its content", () => {
    const prev = builtinTemplate("2023");
    const news = prev[1].content;
    if (news.kind !== "news") throw new Error("unexpected");
    news.numbering = "dot";
    news.items.push({ id: "x", text: "上一期的动态", departments: ["水利厅"], submissionId: null });
    const win = prev[3].children[0].content;
    if (win.kind === "window-counts") win.week = { consulted: 1, accepted: 2, issued: 3, circulated: 4 };
    const next = treeFromPrevious(prev);
    expect(headings(next)).toEqual(headings(prev));
    expect(next[1].content).toMatchObject({ kind: "news", items: [], numbering: "dot" });
    expect(next[3].children[0].content).toMatchObject({ kind: "window-counts", week: null });
    expect(next[0].id).not.toBe(prev[0].id);
  });

  it("inspection items default to 总体情况良好。", () => {
    const facts = issueFacts({
      title: "窗口工作周报", year: 2022, seq: 1, total: 1, issuer: "中心", publishedOn: null,
      period: { start: "2022-01-04", end: "2022-01-07" }, copies: null,
      distribution: { report: null, send: null, issue: null }, sections: builtinTemplate("2022"), attachments: [],
    });
    expect(facts.inspection).toHaveLength(6);
    expect(facts.inspection.every((i) => i.verdict === "总体情况良好。")).toBe(true);
  });
});
