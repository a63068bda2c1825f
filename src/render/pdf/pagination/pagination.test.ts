import { describe, expect, it } from "vitest";
import { originalPages } from "./originalPages.js";
import { compareBreaks } from "./compareBreaks.js";

const long = "窗口本周按照统一部署推进各项工作，群众办事更加便利，企业评价普遍较好，有关部门的相关做法将";

describe("an original's page breaks, read from its extracted text", () => {
  it("finds a paragraph cut mid-sentence, not one that ends or a heading that follows", () => {
    const text = `一、重点工作\n\n${long}\n\n继续完善并加以推广。\n\n二、其他工作\n\n${long}持续推广。\n\n（一）按时到岗情况`;
    expect(originalPages(text)).toEqual({ breaks: [{ before: "部门的相关做法将", after: "继续完善并加以推", page: 1 }], pages: 2 });
  });

  it("counts a page for each attachment and for a blank line between table rows", () => {
    const text = `${long}完。\n\n附件\n\n序号\t部门窗口\n1\t水利厅\n\n2\t科技厅\n`;
    const r = originalPages(text);
    expect(r.breaks.map((b) => [b.before, b.page])).toEqual([["1水利厅", 2]]);
    expect(r.pages).toBe(3);
  });

  it("counts a page that ended between paragraphs where the text runs longer than a page can hold", () => {
    // 12 paragraphs of 4 lines: 48, more than the 31 lines a page holds at the least pitch.
    const paragraphs = Array.from({ length: 12 }, () => `${long}${long}完。`);
    const r = originalPages(`${paragraphs.join("\n\n")}\n\n附件\n\n序号\t部门窗口\n1\t水利厅\n\n2\t科技厅\n`);
    expect(r.breaks.map((b) => b.page)).toEqual([3]);
    expect(r.pages).toBe(4);
    expect(originalPages(paragraphs.slice(0, 7).join("\n\n")).pages).toBe(1);
  });

  it("reads a text extracted line by line: a page starts where a line runs on with a space", () => {
    const lines = Array.from({ length: 6 }, (_, i) => `${"甲乙丙丁戊己庚辛壬癸".repeat(3).slice(i, i + 27)}`);
    const text = `${lines.slice(0, 3).join("\n\n")}\n ${lines.slice(3).join("\n\n")}`;
    expect(originalPages(text).breaks).toHaveLength(1);
  });
});

describe("how far our breaks are from the original's", () => {
  const pages = ["一、标题\n甲甲甲\n乙乙乙\n丙丙丙\n—1—\n", "丁丁丁\n戊戊戊\n—2—\n", "己己己\n"];
  it("is 0 on the same line, the lines still on the page, or the lines already on the next", () => {
    expect(compareBreaks(pages, [{ before: "丙丙丙", after: "丁丁", page: 1 }])[0].linesOff).toBe(0);
    expect(compareBreaks(pages, [{ before: "乙乙乙", after: "丙丙", page: 1 }])[0].linesOff).toBe(1);
    expect(compareBreaks(pages, [{ before: "丁丁丁", after: "戊戊", page: 1 }])[0].linesOff).toBe(1);
    expect(compareBreaks(pages, [{ before: "戊戊戊", after: "己己", page: 1 }])[0].linesOff).toBe(2);
    expect(compareBreaks(pages, [{ before: "甲甲甲", after: "乙乙", page: 2 }])[0].linesOff).toBe(4);
  });
});
