import { describe, expect, it } from "vitest";
import { charsetCovers, standInsOf, type FaceFile } from "./fontReport.js";

/** A face as fontconfig describes it: its family and its charset (hex ranges). */
const face = (family: string, charset: string): FaceFile => ({ family, file: `/fonts/${family}.ttf`, index: 0, covers: charsetCovers(charset) });

describe("standInsOf", () => {
  // 王 U+738B and 到 U+5230 in the body's face; 昇 U+6607 in the second, 犇 U+7287 only in the third.
  const body = face("Body", "5230 738b");
  const second = face("Second", "6607");
  const third = face("Third", "6607 7287");

  it("groups the characters the first face lacks by the first other face that has each", () => {
    const found = standInsOf([body, second, third], "王昇到犇昇");
    expect([...found].map(([f, chars]) => [f?.family, chars])).toEqual([
      ["Second", ["昇", "昇"]],
      ["Third", ["犇"]],
    ]);
  });

  it("names no face for a character none has, and leaves control characters out", () => {
    expect([...standInsOf([body, second], "王\n犇")]).toEqual([[null, ["犇"]]]);
    expect(standInsOf([], "犇").size).toBe(0);
  });
});
