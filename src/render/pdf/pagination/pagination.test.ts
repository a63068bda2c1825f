import { describe, expect, it } from "vitest";
import { compareBreaks } from "./compareBreaks.js";

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
