import { describe, expect, it } from "vitest";
import { DepartmentRegistry, SEED_DEPARTMENTS, facts as factsSchema, isZhoubaoError } from "../../../domain/index.js";
import { parseReportText } from "./parseReport.js";
import { compareFacts } from "../testing/compareFacts.js";
import { FIXTURES, casesIn } from "../testing/fixtures.js";

const HEAD = "窗口工作周报\n2023年第2期（总第422期）\n四川省政府政务服务和公共资源交易服务中心\n2023年1月31日\n（1月9日—1月13日）\n";
const parse = (body: string, head = HEAD) => parseReportText(head + body);
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (isZhoubaoError(e)) return `${e.code} ${e.message}`;
    throw e;
  }
  return "no error";
};

describe.each(casesIn(FIXTURES))("fixture $name", ({ text, expected }) => {
  it("gives the expected facts, all of them", () => {
    const { facts } = parseReportText(text);
    const r = compareFacts(expected, facts);
    expect(r.misses).toEqual([]);
    expect(r.matched).toBe(r.checked);
    expect(factsSchema.safeParse(facts).success).toBe(true);
  });
});

describe("parseReportText", () => {
  it("fills the issue tree with real content", () => {
    const [fixture] = casesIn(FIXTURES).filter((c) => c.name === "2022-38");
    const { doc } = parseReportText(fixture.text);
    const group = doc.sections[0].children[1];
    const news = group.children[0].content;
    expect(news.kind === "news" && news.numbering).toBe("paren");
    expect(news.kind === "news" && news.items.map((i) => i.departments)).toEqual([["自然资源厅"], ["省市场监管局"], ["水利厅"]]);
    const visits = group.children[2].content;
    expect(visits.kind === "leader-visits" && visits.visits[0]).toMatchObject({
      date: "2022-11-08",
      department: "民政厅",
      person: "刘文华",
      title: "党组成员、副厅长",
    });
    expect(visits.kind === "leader-visits" && visits.visits[0].text).toMatch(/^11月8日，民政厅.*好办事。$/);
    const inspection = doc.sections[0].children[2].content;
    expect(inspection.kind === "inspection" && inspection.intro).toMatch(/^为持续提升.*如下：$/);
  });

  it("reads the person, title and date of a leader visit", () => {
    const { facts, doc } = parse("一、厅（局）长进大厅\n（1）1月11日，应急厅党委委员、副厅长周彤来到应急窗口调研值守并组织座谈。\n");
    expect(facts.leaderVisits).toEqual([{ date: "2023-01-11", department: "应急管理厅", person: "周彤" }]);
    const c = doc.sections[0].content;
    expect(c.kind === "leader-visits" && c.visits[0].title).toBe("党委委员、副厅长");
  });

  it("dates a visit of late December in the first issue of a year in the year before", () => {
    const head = "窗口工作周报\n2023年第1期（总第421期）\n四川省政府政务服务和公共资源交易服务中心\n2023年1月10日\n（1月3日—1月6日）\n";
    const { facts } = parse("一、厅（局）长进大厅\n（1）12月30日，司法厅副厅长李明来到司法窗口值守。\n", head);
    expect(facts.leaderVisits[0].date).toBe("2022-12-30");
  });

  it("keeps an unknown department and reports it", () => {
    const { facts, problems } = parse("一、厅（局）长进大厅\n本周，省医保局副局长孙丽到省政务服务大厅窗口调研值守。\n");
    expect(facts.leaderVisits).toEqual([{ date: null, department: "省医保局", person: "孙丽" }]);
    expect(problems).toContainEqual(expect.objectContaining({ code: "department.unknown", line: 7 }));
  });

  it("resolves names against the registry it is given", () => {
    const registry = new DepartmentRegistry([...SEED_DEPARTMENTS, { name: "省医疗保障局", aliases: ["省医保局"] }].map((d, i) => ({ ...d, displayOrder: i })));
    const r = parseReportText(`${HEAD}一、厅（局）长进大厅\n本周，省医保局副局长孙丽到省政务服务大厅窗口调研值守。\n`, { registry });
    expect(r.facts.leaderVisits[0].department).toBe("省医疗保障局");
    expect(r.problems.filter((p) => p.code === "department.unknown")).toEqual([]);
  });

  it("lists a visit sentence it cannot read as unparsed, with its line", () => {
    const { facts, problems } = parse("一、厅（局）长进大厅\n（1）1月12日，有关领导到大厅看望窗口工作人员。\n");
    expect(facts.leaderVisits).toEqual([]);
    expect(facts.unparsed).toEqual([{ line: 7, text: "（1）1月12日，有关领导到大厅看望窗口工作人员。" }]);
    expect(problems.map((p) => p.code)).toContain("leader-visit.unrecognised");
  });

  it("tells a level-2 heading from an inspection item, also when the item's verdict wrapped", () => {
    const { facts } = parse(
      "一、窗口工作动态\n（一）优化营商环境工作开展情况\n（1）商务厅推行外贸许可证网上办理。\n" +
        "二、大厅巡查情况\n（一）按时到岗情况。总体情况良好。\n（二）工作区域标准化执行情况\n。个别窗口台面杂乱，已提醒整改。\n",
    );
    expect(facts.sections.map((s) => [s.level, s.heading, s.kind])).toEqual([
      [1, "窗口工作动态", "group"],
      [2, "优化营商环境工作开展情况", "news"],
      [1, "大厅巡查情况", "inspection"],
    ]);
    expect(facts.inspection).toEqual([
      { item: "按时到岗情况", verdict: "总体情况良好。" },
      { item: "工作区域标准化执行情况", verdict: "个别窗口台面杂乱，已提醒整改。" },
    ]);
  });

  it("counts level-3 items of a level-2 section and keeps the intro apart", () => {
    const { facts, doc } = parse(
      "一、综窗改革攻坚行动\n（一）其他工作开展情况\n开展综窗业务培训。\n1.组织新进人员跟岗学习。\n2.开展礼仪培训，\n提升服务形象。\n",
    );
    expect(facts.sections[1]).toEqual({ level: 2, heading: "其它工作开展情况", kind: "news", items: 2 });
    const c = doc.sections[0].children[0].content;
    expect(c.kind === "news" && [c.intro, c.numbering, c.items[1].text]).toEqual(["开展综窗业务培训。", "dot", "开展礼仪培训，提升服务形象。"]);
  });

  it("does not take a wrapped line that begins with a number for an item", () => {
    const { facts } = parse("一、政务工作动态\n1.水利厅对德阳市自来水公司等\n10家取水单位开展检查。\n2.省林草局发布公告。\n");
    expect(facts.sections[0].items).toBe(2);
  });

  it("reports text under a group heading as unparsed instead of dropping it", () => {
    const { facts } = parse("一、窗口工作动态\n本周各窗口工作有序开展。\n（一）优化营商环境工作开展情况\n（1）商务厅推行许可证网上办理。\n");
    expect(facts.unparsed).toEqual([{ line: 7, text: "本周各窗口工作有序开展。" }]);
  });

  it("reads figures broken across lines and with other wording", () => {
    const { facts } = parse(
      "一、省级政务服务事项受理办理情况\n据四川一体化政务服务平台数据统计，2023年1月1日至2023年1月13日，省本级行政许可事项受理 26,641件，办结27\n287件；公共服务事项受理157350件，办结155143件；其他九类行权事项受理2237件，办结2274件。\n",
    );
    expect(facts.platformStats).toMatchObject({ licensing: { accepted: 26641, completed: 27287 }, otherPower: { accepted: 2237, completed: 2274 } });
    expect(facts.unparsed).toEqual([]);
  });

  it("reports a data sentence it cannot read", () => {
    const { facts, problems } = parse("一、省级政务服务事项受理办理情况\n本周平台数据暂未更新。\n");
    expect(facts.sections[0].kind).toBe("platform-stats");
    expect(facts.platformStats).toBeUndefined();
    expect(facts.unparsed).toEqual([{ line: 7, text: "本周平台数据暂未更新。" }]);
    expect(problems.map((p) => p.code)).toEqual(expect.arrayContaining(["section.figures-missing", "section.unrecognised-text"]));
  });

  it("checks the assessment table: ties, wrapped names, unknown departments, wrong scores", () => {
    const { facts, problems } = parse(
      "附件\n2023年10月省政务服务大厅进驻部门（单位）窗口考核结果\n序号\t部门窗口\t基础分值\t减分分值\t加分分值\t实得分值\n" +
        "1\t省新闻出版局\t100\t0\t5\t105\n（省电影局）\n\t火星事务局\t100\t0\t5\t105\n3\t教育厅\t100\t-2\t0\t99\n",
    );
    expect(facts.assessment?.rows.map((r) => [r.rank, r.department, r.score])).toEqual([
      [1, "省新闻出版局（省电影局）", 105],
      [1, "火星事务局", 105],
      [3, "教育厅", 99],
    ]);
    expect(problems.map((p) => [p.code, p.line])).toEqual(
      expect.arrayContaining([
        ["department.unknown", 11],
        ["assessment.score-mismatch", 12],
      ]),
    );
  });

  it("reports heading numbers out of sequence", () => {
    const { problems } = parse("一、政务工作动态\n1.商务厅召开圆桌会。\n三、厅（局）长进大厅\n本周无厅（局）长进大厅。\n");
    expect(problems).toContainEqual(expect.objectContaining({ code: "heading.numbering", line: 8 }));
  });

  it("joins a wrapped 版记 entry and strips the final stop", () => {
    const { facts } = parse("一、政务工作动态\n1.商务厅召开圆桌会。\n发：省级相关部门（单位）窗口，省中心各处（室）、直属\n单位。 （共印 91 份）\n");
    expect(facts.issue.distribution.issue).toBe("省级相关部门（单位）窗口，省中心各处（室）、直属单位");
    expect(facts.issue.copies).toBe(91);
  });

  it("drops page furniture only: running number lines, rules, page numbers", () => {
    const { facts } = parse(
      "一、政务工作动态\n1.商务厅召开外资企业圆桌会，听取企业\n\n— 2 —\n\n2023 年第 2 期（总第 422 期）\n————————\n意见建议。\n2.公安厅推出证件加急服务。\n---\n发：各部门窗口。\n（共印80份）附：另有说明\n",
    );
    expect(facts.sections[0].items).toBe(2);
    expect(facts.unparsed).toEqual([{ line: 17, text: "（共印80份）附：另有说明" }]);
    expect(facts.issue.copies).toBe(80);
  });

  it("lists masthead lines it does not know, and defaults a missing title", () => {
    const { facts, problems } = parseReportText(
      "内部资料 注意保存\n2023年第2期（总第422期）\n四川省政府政务服务和公共资源交易服务中心 2023年1月31日\n（1月9日—1月13日）\n一、政务工作动态\n1.商务厅召开圆桌会。\n",
    );
    expect(facts.issue).toMatchObject({ title: "窗口工作周报", publishedOn: "2023-01-31", issuer: "四川省政府政务服务和公共资源交易服务中心" });
    expect(facts.unparsed).toEqual([{ line: 1, text: "内部资料 注意保存" }]);
    expect(problems.map((p) => p.code)).toContain("masthead.title-missing");
  });

  it("refuses a document that is not a report, and one without its numbers", () => {
    expect(codeOf(() => parseReportText("关于召开安全生产工作会议的通知\n一、参会人员：各处室负责同志。\n"))).toMatch(/^import\.not-a-report .*不像是窗口工作周报/);
    expect(codeOf(() => parseReportText("窗口工作周报\n2023年第2期\n（1月9日—1月13日）\n"))).toMatch(/^import\.not-a-report .*缺少总期数/);
    expect(codeOf(() => parseReportText("\n \n— 3 —\n"))).toMatch(/^import\.empty /);
  });

  it("takes the issuer from the options when the masthead has none", () => {
    const text = "窗口工作周报\n2023年第2期（总第422期）\n2023年1月31日\n（1月9日—1月13日）\n一、政务工作动态\n1.商务厅召开圆桌会。\n";
    expect(codeOf(() => parseReportText(text))).toMatch(/缺少编印单位/);
    expect(parseReportText(text, { issuer: "某市政务服务中心" }).facts.issue.issuer).toBe("某市政务服务中心");
  });
});
