import { describe, expect, it } from "vitest";
import { foldCells, foldLine } from "./fold.js";
import { toLines } from "./lines.js";

describe("foldLine", () => {
  it.each([
    ["窗 口 工 作 周 报", "窗口工作周报"],
    ["2023 年第 49 期（总第 469 期）", "2023年第49期（总第469期）"],
    ["省本级行政许可事项受理 26641件，办结 27287", "省本级行政许可事项受理26641件，办结27287"],
    ["- （一）**按时到岗情况。**总体情况良好。", "（一）按时到岗情况。总体情况良好。"],
    ["## 二、窗口工作动态", "二、窗口工作动态"],
    ["(2) 省卫健委和重庆市卫健委", "（2）省卫健委和重庆市卫健委"],
    ["报:中心领导.", "报：中心领导."],
    ["受理２６６４１件，占比６５．７７％", "受理26641件，占比65.77%"],
    ["2 0 2 3 年 1 2 月 2 6 日", "2023年12月26日"],
    ["占比 29.54 %", "占比29.54%"],
    ["通过“天府通办”APP 进入", "通过“天府通办”APP进入"],
    ["\uFEFF\f窗口\u200B工作", "窗口工作"],
    ["时间 9:30，共 26,641 件", "时间9:30，共26,641件"],
  ])("%j → %j", (raw, folded) => {
    expect(foldLine(raw)).toBe(folded);
  });

  it("keeps the columns of a table row", () => {
    expect(foldCells("22\t省新闻出版局 (省电影局)\t100\t0\t0\t100")).toBe("22 省新闻出版局 (省电影局) 100 0 0 100");
    expect(foldCells("\t文化和旅游厅\t100\t0\t4\t104")).toBe("文化和旅游厅 100 0 4 104");
    expect(foldCells("|  | 科技厅 | 100 | 0 | 2.5 | 102.5 |")).toBe("科技厅 100 0 2.5 102.5");
  });
});

describe("toLines", () => {
  it("numbers lines as extracted, whatever the line ends", () => {
    const lines = toLines("a\r\nb\rc\n\fd");
    expect(lines.map((l) => [l.no, l.text])).toEqual([
      [1, "a"],
      [2, "b"],
      [3, "c"],
      [4, "d"],
    ]);
  });
});
