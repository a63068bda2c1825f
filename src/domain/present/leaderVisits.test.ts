import { describe, expect, it } from "vitest";
import type { ContentOf, LeaderVisit } from "../model/section.js";
import { leaderVisitParagraphs, leaderVisitsSummary } from "./leaderVisits.js";

const visit = (patch: Partial<LeaderVisit>): LeaderVisit => ({
  id: "v",
  date: "2023-12-12",
  department: "应急管理厅",
  title: "党委委员、副厅长",
  person: "周彤",
  text: null,
  submissionId: null,
  ...patch,
});
const section = (visits: LeaderVisit[], summary: string | null = null): ContentOf<"leader-visits"> => ({ kind: "leader-visits", summary, visits });
const texts = (c: ContentOf<"leader-visits">) => leaderVisitParagraphs(c).map((p) => p.text);

describe("厅（局）长进大厅 paragraphs", () => {
  it("a liaison's note adds to the generated sentence: department, title and name stay", () => {
    const [p] = texts(section([visit({ text: "现场协调解决了危险化学品经营许可办理中的两个难点。", submissionId: "s1" })]));
    expect(p).toBe("12月12日，应急管理厅党委委员、副厅长周彤到省政务服务大厅窗口调研值守。现场协调解决了危险化学品经营许可办理中的两个难点。");
    expect(leaderVisitParagraphs(section([visit({ text: "现场协调。" })]))[0].bold).toEqual(["应急管理厅"]);
  });

  it("a past issue's own paragraph, which names the visitor (even by a short name), prints as it stood", () => {
    const own = "12月12日，应急厅党委委员、副厅长周彤来到应急窗口，听取窗口工作汇报。";
    expect(texts(section([visit({ text: own })]))).toEqual([own]);
    const ndrc = "11月16日，省发改委党组成员、副主任周立新到省政务服务大厅发展改革窗口，现场指导项目备案。";
    expect(texts(section([visit({ department: "省发展改革委", title: "党组成员、副主任", person: "周立新", text: ndrc })]))).toEqual([ndrc]);
    const econ = "本周，经信厅总经济师李强到窗口调研。";
    expect(texts(section([visit({ department: "经济和信息化厅", title: "总经济师", person: "李强", text: econ })]))).toEqual([econ]);
  });

  it("prints a paragraph two visitors share once", () => {
    const both = "12月12日，应急厅党委委员、副厅长周彤，司法厅二级巡视员龚瑞一同到窗口调研。";
    const out = texts(section([visit({ id: "a", text: both }), visit({ id: "b", department: "司法厅", title: "二级巡视员", person: "龚瑞", text: both })]));
    expect(out).toEqual([both]);
  });

  it("a note naming the person and post but not the department still gets the sentence", () => {
    const [p] = texts(section([visit({ text: "周彤副厅长现场督导，要求压缩办理时限。" })]));
    expect(p).toMatch(/^12月12日，应急管理厅党委委员、副厅长周彤到省政务服务大厅窗口调研值守。周彤副厅长现场督导/);
  });

  it("visits without a paragraph are summarised, not dropped, beside those with one", () => {
    const out = texts(section([visit({ id: "a", text: "现场办公。" }), visit({ id: "b", department: "司法厅", title: "二级巡视员", person: "龚瑞", date: null })]));
    expect(out[0]).toBe("本周，司法厅二级巡视员龚瑞到省政务服务大厅窗口调研值守。");
    expect(out[1]).toContain("周彤");
  });

  it("numbers several own paragraphs and keeps an editor's summary", () => {
    const out = texts(section([visit({ id: "a", text: "甲。" }), visit({ id: "b", text: "乙。" })], "本周两位厅领导进大厅。"));
    expect(out).toEqual(["本周两位厅领导进大厅。", expect.stringMatching(/^（1）12月12日，应急管理厅.*甲。$/), expect.stringMatching(/^（2）.*乙。$/)]);
  });

  it("names every window of a shared summary", () => {
    const s = leaderVisitsSummary([visit({ id: "a", date: null, window: "应急" }), visit({ id: "b", date: null, department: "司法厅", person: "龚瑞", title: "二级巡视员" })]);
    expect(s).toBe("本周，应急管理厅党委委员、副厅长周彤，司法厅二级巡视员龚瑞分别到应急窗口、省政务服务大厅窗口调研值守。");
    expect(leaderVisitsSummary([])).toBe("本周无厅（局）长进大厅。");
  });
});
