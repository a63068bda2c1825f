import { describe, expect, it } from "vitest";
import { leaderVisitSentence } from "../../../domain/index.js";
import { dateNear } from "./context.js";
import { defaultRegistry } from "./departments.js";
import { findVisits } from "./leaderVisits.js";

const registry = defaultRegistry();
const dateOf = dateNear({ start: "2023-12-11", end: "2023-12-15" });
const read = (text: string) => findVisits(text, registry, dateOf).map(({ start: _s, end: _e, known: _k, ...v }) => v);

// Issue 15 part 5: the shapes real issues write, read by the importer and written by the generator.
const SHAPES = [
  {
    shape: "compound title with a long qualifier, 率队, a named window, a range within a month",
    text: "12月11日至12日，自然资源厅驻厅纪检监察组组长、党组成员刘振宇率队到省自然资源厅窗口调研值守。",
    visit: { date: "2023-12-11", endDate: "2023-12-12", department: "自然资源厅", title: "驻厅纪检监察组组长、党组成员", person: "刘振宇", escort: "率队", window: "省自然资源厅" },
  },
  {
    shape: "党组成员、副局长 and 一行, a range written with both months",
    text: "12月11日—12月13日，省药监局党组成员、副局长陈晓梅一行到药监窗口调研值守。",
    visit: { date: "2023-12-11", endDate: "2023-12-13", department: "省药监局", title: "党组成员、副局长", person: "陈晓梅", escort: "一行", window: "药监" },
  },
  {
    shape: "带队, a range with 到, a window inside the hall",
    text: "12月12日到13日，交通运输厅副厅长李喆带队到省政务服务大厅交通运输窗口现场办公。",
    visit: { date: "2023-12-12", endDate: "2023-12-13", department: "交通运输厅", title: "副厅长", person: "李喆", escort: "带队", window: "交通运输" },
  },
  {
    shape: "one day, an alias, the hall as a whole",
    text: "12月14日，应急厅党委委员、副厅长周彤来到省政务服务大厅窗口值守。",
    visit: { date: "2023-12-14", endDate: null, department: "应急管理厅", title: "党委委员、副厅长", person: "周彤", escort: null, window: null },
  },
] as const;

describe("leader visits as real documents write them", () => {
  it.each(SHAPES.map((s) => [s.shape, s] as const))("reads %s", (_n, s) => {
    expect(read(s.text)).toEqual([s.visit]);
  });

  it.each(SHAPES.map((s) => [s.shape, s] as const))("writes %s, and reads its own sentence back", (_n, s) => {
    const sentence = leaderVisitSentence(s.visit);
    expect(sentence).toContain(`${s.visit.title}${s.visit.person}${s.visit.escort ?? ""}到`);
    expect(read(sentence)).toEqual([s.visit]);
  });

  it("writes a date range across months", () => {
    expect(leaderVisitSentence({ ...SHAPES[0].visit, date: "2023-12-29", endDate: "2024-01-02" })).toMatch(/^12月29日至1月2日，/);
  });

  it("gives every visitor of a shared sentence", () => {
    expect(read("本周，经信厅总经济师李强，司法厅二级巡视员龚瑞分别到省政务服务大厅窗口调研值守。").map((v) => [v.department, v.person])).toEqual([
      ["经济和信息化厅", "李强"],
      ["司法厅", "龚瑞"],
    ]);
  });
});
