import { describe, expect, it } from "vitest";
import { renderDocx } from "../index.js";
import { fixture2022 } from "../fixtures.js";
import { docxParts } from "../testing.js";
import { LINE_PITCH_TWIPS } from "../layout.js";
import { colophonLineCount } from "./colophon.js";

describe("版记 placement", () => {
  it("counts the lines a 报/送/发 paragraph wraps to (4号, two characters of hanging label)", () => {
    expect(colophonLineCount("报：中心领导。")).toBe(1);
    // 8285 twips of line hold 29 characters of 4号 (280 twips); 30 wrap once, 60 twice.
    expect(colophonLineCount("发：" + "单".repeat(27))).toBe(1);
    expect(colophonLineCount("发：" + "单".repeat(28))).toBe(2);
    expect(colophonLineCount("发：" + "单".repeat(58))).toBe(3);
    expect(colophonLineCount("发：" + "1".repeat(54))).toBe(1); // digits are half width
  });

  it("floats the table so its last rule sits on the foot of the 22nd line", async () => {
    // fixture2022: 报, 送, 发 and the print run — four lines, so it starts 18 lines down.
    const doc = (await docxParts(await renderDocx(fixture2022())))["word/document.xml"];
    expect(doc).toContain(`<w:tblpPr w:tblpX="1587" w:tblpY="${(22 - 4) * LINE_PITCH_TWIPS}" w:horzAnchor="page" w:vertAnchor="margin"/>`);
  });
});
