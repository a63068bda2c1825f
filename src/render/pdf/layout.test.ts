import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeRenderer, renderPdf } from "../index.js";
import { fixture2022, fixture2023 } from "../fixtures.js";
import { chromiumAvailable, pdfPages, pdfWords, type PdfPageBox } from "../testing.js";
import { issueDocument, type IssueDocument } from "../../domain/index.js";

const MM = 72 / 25.4;
const PAGE_NO = /^—\s*\d+\s*—$/;

/** Many short sections: without keep-with-next some heading would end a page. */
function manyHeadings(): IssueDocument {
  const doc = fixture2022();
  const text = "窗口本周按照统一部署推进各项工作，群众办事更加便利，企业评价普遍较好，相关做法将持续完善并加以推广。";
  return issueDocument.parse({
    ...doc,
    sections: Array.from({ length: 14 }, (_, i) => ({
      id: `t${i}`,
      level: 1,
      heading: `第${i + 1}项重点工作推进情况`,
      content: { kind: "text", paragraphs: [text.repeat(1 + (i % 3))] },
      children: [],
    })),
  });
}

describe.skipIf(!chromiumAvailable())("PDF page layout, as a reader sees it", () => {
  let pages23: PdfPageBox[];
  let text23: string[];
  beforeAll(async () => {
    const pdf = await renderPdf(fixture2023());
    pages23 = pdfWords(pdf);
    text23 = pdfPages(pdf);
  }, 120_000);
  afterAll(() => closeRenderer());

  it("is A4 and keeps every word inside the text block (no overflowing table)", () => {
    for (const p of pages23) {
      expect(p.width).toBeCloseTo(210 * MM, 0);
      expect(p.height).toBeCloseTo(297 * MM, 0);
      for (const w of p.words) {
        expect(w.xMin, w.text).toBeGreaterThanOrEqual(28 * MM - 1);
        expect(w.xMax, w.text).toBeLessThanOrEqual(p.width - 26 * MM + 1);
      }
    }
  });

  it("numbers pages — N — below the text block, odd at the right and even at the left", () => {
    pages23.forEach((p, i) => {
      const no = p.words.filter((w) => /^\d+$/.test(w.text) && w.yMin > p.height - 35 * MM);
      expect(no.map((w) => w.text)).toEqual([String(i + 1)]);
      const mid = p.width / 2;
      if ((i + 1) % 2) expect(no[0].xMin).toBeGreaterThan(mid);
      else expect(no[0].xMax).toBeLessThan(mid);
    });
  });

  it("starts the attachment on a page of its own and repeats the table header", () => {
    const start = text23.findIndex((t) => t.trim().startsWith("附件\n") || t.trim().split("\n")[0].trim() === "附件");
    expect(start).toBeGreaterThan(0);
    const tablePages = text23.slice(start).filter((t) => t.includes("部门窗口"));
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    for (const t of tablePages) expect(t).toMatch(/序号\s+部门窗口\s+基础分分值\s+减分分值\s+加分分值\s+实得分值/);
  });

  it("sets the 版记 at the foot of the last page", () => {
    const last = pages23[pages23.length - 1];
    const copies = last.words.find((w) => w.text.includes("共印"));
    expect(copies).toBeDefined();
    const textBottom = last.height - 35 * MM;
    expect(copies!.yMax).toBeLessThanOrEqual(textBottom + 2);
    expect(copies!.yMax).toBeGreaterThan(textBottom - 40);
  });

  it("never leaves a heading alone at the bottom of a page", async () => {
    for (const doc of [manyHeadings(), fixture2022(), fixture2023()]) {
      const pages = pdfPages(await renderPdf(doc));
      expect(pages.length).toBeGreaterThan(1);
      pages.slice(0, -1).forEach((page) => {
        const lines = page.split("\n").map((l) => l.trim()).filter((l) => l && !PAGE_NO.test(l));
        expect(lines[lines.length - 1], page.slice(-200)).not.toMatch(/^(第\d+项重点工作推进情况|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）\S+情况$)/);
      });
    }
  }, 120_000);
});
