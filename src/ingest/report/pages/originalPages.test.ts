import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseReportText } from "../index.js";
import { FIXTURES } from "../testing/fixtures.js";
import { originalPages, recordedPages } from "./originalPages.js";

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

describe("an original's pages as pdftotext separates them", () => {
  it("takes exactly the form feeds, without page numbers, as the breaks", () => {
    const text = `${long}\n  继续推进。\n\n— 1 —\n\f（二）其他工作\n本周完成。\n2\n\f附件\n\f`;
    expect(originalPages(text)).toEqual({
      breaks: [
        { before: "做法将继续推进。", after: "（二）其他工作本", page: 1 },
        { before: "他工作本周完成。", after: "附件", page: 2 },
      ],
      pages: 3,
    });
  });

  it("keeps the breaks of a paged text for the issue, and nothing when the text shows none", () => {
    expect(recordedPages(`${long}\f子丑寅卯。`)).toEqual({ breaks: [{ before: "关部门的相关做法将".slice(1), after: "子丑寅卯。" }], pages: 2 });
    expect(recordedPages(`${long}完。\n\n子丑寅卯。`)).toBeNull();
    // A text of more pages than any issue keeps none, rather than failing the issue's schema.
    expect(recordedPages(Array.from({ length: 1200 }, (_, i) => `第${i}页。`).join("\f"))).toBeNull();
  });
});

it("leaves the running header atop a page out of the break, as the issue leaves it out of the text", () => {
  const runningHeader = (l: string) => l.replace(/\s+/g, "") === "窗口工作周报";
  // Extracted text: the page number, then the title repeated atop the next page.
  const text = `${long}\n\n— 2 —\n\n窗 口 工 作 周 报\n\n局长分别到大厅调研。`;
  expect(originalPages(text, runningHeader).breaks.map(({ before, after }) => [before, after])).toEqual([["关部门的相关做法将".slice(1), "局长分别到大厅调"]]);
  // pdftotext's pages: the header of page 2 is left out, page 1's title is the masthead's.
  const paged = `窗口工作周报\n${long}\n\f窗 口 工 作 周 报\n局长分别到大厅调研。`;
  expect(originalPages(paged, runningHeader).breaks[0].after).toBe("局长分别到大厅调");
  // The project's fixture has such a header: its reprint follows its pages.
  const doc = parseReportText(readFileSync(join(FIXTURES, "2023-17.txt"), "utf8")).doc;
  expect(doc.originalPages?.breaks.map((b) => b.after)).not.toContain("窗口工作周报");
});

it("imports an issue whose text shows more pages than any issue has, without its pages", () => {
  const issue = readFileSync(join(FIXTURES, "2023-17.txt"), "utf8");
  const pages = Array.from({ length: 1200 }, (_, i) => `\f补充第${i}页内容。`).join("\n");
  // The schema holds at most 999 breaks: the import used to fail with zod's English message.
  expect(parseReportText(`${issue}\n${pages}`).doc.originalPages).toBeNull();
  expect(parseReportText(issue).doc.originalPages?.breaks.length).toBeGreaterThan(0);
});
