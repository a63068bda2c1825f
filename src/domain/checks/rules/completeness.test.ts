import { describe, expect, it } from "vitest";
import type { IssueDocument } from "../../model/issue.js";
import { builtinTemplate, treeFromPrevious } from "../../templates/builtin.js";
import { firstOfKind } from "../../tree.js";
import { checkIssue } from "../checkIssue.js";
import { contextOf, findingsOf, issue2022_31, issue2023_48, issue2023_49 } from "../fixtures.js";

/** A new issue as `zhoubao issue new` makes it: numbers, period and the tree, nothing filled in. */
function untouched(tree: IssueDocument["sections"]): IssueDocument {
  return { ...issue2023_49(), seq: 50, total: 470, period: { start: "2023-12-18", end: "2023-12-22" }, publishedOn: null, sections: tree, attachments: [] };
}

const errorsOf = (doc: IssueDocument) => checkIssue(doc, contextOf(issue2023_49())).filter((f) => f.severity === "error");

describe("an untouched new issue", () => {
  it("fails, naming every part left empty by its heading (2023 generation, from the previous tree)", () => {
    const errors = errorsOf(untouched(treeFromPrevious(issue2023_49().sections)));
    expect(errors.map((f) => [f.code, f.section])).toEqual([
      ["content.figures-missing", "惠企政策直达快享专项行动"],
      ["content.figures-missing", "省本级综窗办件情况"],
      ["content.figures-missing", "事项授权及受理手册编制推进情况"],
      ["content.empty-section", "政务工作动态"],
      ["content.empty-section", "厅（局）长进大厅"],
      ["content.empty-section", "其它工作开展情况"],
    ]);
    for (const f of errors) expect(f.message).toContain(`“${f.section}”`);
    expect(errors[1].message).toBe("“省本级综窗办件情况”尚未填写本周咨询、受理、颁发、流转数、今年以来累计数。");
  });

  it("fails on the 2022 built-in template: the platform figures, both news sections, the visits", () => {
    const doc = { ...untouched(builtinTemplate("2022")), year: 2022, seq: 32, total: 407, period: { start: "2022-09-19", end: "2022-09-23" } };
    const errors = checkIssue(doc, contextOf(issue2022_31())).filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.code, f.section, f.field])).toEqual([
      ["content.figures-missing", "省级政务服务事项受理办理情况", "from"],
      ["content.empty-section", "优化营商环境工作开展情况", null],
      ["content.empty-section", "窗口服务效能提升工作情况", null],
      ["content.empty-section", "厅（局）长进大厅", "summary"],
    ]);
    expect(errors[0].message).toContain("行政许可事项受理数和办结数");
  });
});

describe("content.figures-missing", () => {
  it("names only the figures still missing", () => {
    const doc = issue2023_49();
    firstOfKind(doc.sections, "manual-progress")!.content.percent = null;
    expect(findingsOf("content.figures-missing", doc, contextOf(null)).map((f) => [f.field, f.message])).toEqual([
      ["percent", "“事项授权及受理手册编制推进情况”尚未填写占比。"],
    ]);
  });

  it("accepts policy lists that say there is none this week, and refuses an assessment table without rows", () => {
    const doc = issue2023_49();
    Object.assign(firstOfKind(doc.sections, "policy-lists")!.content, { lists: [], note: "本周无新发布的惠企政策清单。" });
    doc.attachments[0].rows = [];
    const f = findingsOf("content.figures-missing", doc, contextOf(null));
    expect(f.map((x) => [x.section, x.field])).toEqual([["附件：2023年10月省政务服务大厅进驻部门（单位）窗口考核结果", "attachments[0].rows"]]);
  });
});

describe("content.empty-section", () => {
  it("accepts a section that says it has nothing this week", () => {
    const doc = untouched(treeFromPrevious(issue2023_49().sections));
    firstOfKind(doc.sections, "leader-visits")!.content.summary = "本周无厅（局）长进大厅。";
    firstOfKind(doc.sections, "news")!.content.intro = "本周无工作动态。";
    const f = findingsOf("content.empty-section", doc, contextOf(null));
    expect(f.map((x) => x.section)).toEqual(["其它工作开展情况"]);
  });

  it("refuses a group whose subsections were all removed", () => {
    const doc = issue2023_49();
    doc.sections[3].children = [];
    expect(findingsOf("content.empty-section", doc, contextOf(null)).map((x) => x.message)).toEqual(["“综窗改革攻坚行动”没有内容；请添加下级栏目，或删除该栏目。"]);
  });
});

describe("content.blank", () => {
  it("finds a blank typed into a news item, a heading and the 版记, quoting it", () => {
    const doc = issue2023_49();
    firstOfKind(doc.sections, "news")!.content.items[1].text = "水利厅窗口本周办理取水许可＿＿件，均按时办结。";
    doc.sections[2].heading = "厅（局）长进大厅××";
    doc.distribution.send = "省中心领导、__";
    const f = findingsOf("content.blank", doc, contextOf(null));
    expect(f.map((x) => [x.section, x.field])).toEqual([
      [null, "distribution.send"],
      ["政务工作动态", "items[1].text"],
      ["厅（局）长进大厅××", "heading"],
    ]);
    expect(f[1].message).toBe("“政务工作动态”的印发文字中留有空白：“…利厅窗口本周办理取水许可＿＿件，均按时办结。”，请补全后再提交。");
  });

  it("leaves a generated sentence to content.figures-missing while its figures are missing", () => {
    const doc = issue2023_49();
    firstOfKind(doc.sections, "window-counts")!.content.week = null;
    expect(findingsOf("content.blank", doc, contextOf(null))).toEqual([]);
    expect(findingsOf("content.figures-missing", doc, contextOf(null))).toHaveLength(1);
  });

  it("passes the consistent fixtures", () => {
    expect(findingsOf("content.blank", issue2023_49(), contextOf(issue2023_48()))).toEqual([]);
    expect(findingsOf("content.blank", issue2022_31(), contextOf(null))).toEqual([]);
  });
});

describe("period.published-on-missing", () => {
  it("is required only of an issue being published", () => {
    const doc = { ...issue2023_49(), publishedOn: null };
    expect(findingsOf("period.published-on-missing", doc, contextOf(null))).toEqual([]);
    const f = findingsOf("period.published-on-missing", doc, { ...contextOf(null), publishing: true });
    expect(f.map((x) => [x.severity, x.field])).toEqual([["error", "publishedOn"]]);
    expect(findingsOf("period.published-on-missing", issue2023_49(), { ...contextOf(null), publishing: true })).toEqual([]);
  });
});
