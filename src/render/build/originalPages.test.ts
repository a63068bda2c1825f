import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import type { IssueDocument } from "../../domain/index.js";
import { fixture2023 } from "../fixtures.js";
import { pageLayout, renderDocx, renderHtml } from "../index.js";
import { keepOriginalPages } from "../../domain/model/issue.js";
import { runsText, type Block } from "../model.js";
import { buildDocumentModel } from "./buildDocument.js";
import { MASTHEAD_MIN_PT, MASTHEAD_PT, paragraphLines, printPitch } from "./printPitch.js";

/** The fixture as if imported from a print that broke inside item 3, before 三、 and between the table's first rows. */
function reprint(): IssueDocument {
  const doc = fixture2023();
  const rows = buildDocumentModel(doc).attachments[0].table.rows;
  return {
    ...doc,
    originalPages: {
      breaks: [
        { before: "会同四川省税务局", after: "对10家取水单位" },
        { before: "反馈并督促整改。", after: "三、厅（局）长进" },
        { before: rows[0].join("").slice(-8), after: rows[1].join("").slice(0, 8) },
      ],
      pages: 5,
    },
  };
}

const text = (b: Block) => (b.type === "paragraph" ? runsText(b.runs) : b.type === "heading" ? b.number + b.text : "");

describe("a reprint with its original's pages", () => {
  it("breaks inside a paragraph, before a heading and between table rows where the original did", () => {
    const model = buildDocumentModel(reprint());
    const cut = model.body.findIndex((b) => b.type === "paragraph" && b.continues);
    expect(text(model.body[cut])).toBe("3.水利厅会同四川省税务局");
    expect(model.body[cut + 1]).toMatchObject({ type: "paragraph", continued: true, breakBefore: true });
    expect(text(model.body[cut + 1]).startsWith("对10家取水单位")).toBe(true);
    expect(model.body.filter((b) => b.breakBefore).map(text)).toEqual([text(model.body[cut + 1]), "三、厅（局）长进大厅"]);
    expect(model.attachments[0].table.breaksBefore).toEqual([1]);
    expect(model.print!.linePitchPt).toBeLessThanOrEqual(28);
  });

  it("finds a break one side of which the original printed shorter (住建厅 for 住房城乡建设厅), on the right row", () => {
    const doc = reprint();
    const rows = buildDocumentModel(doc).attachments[0].table.rows.map((r) => r.join(""));
    // The row after the break as the original printed it: 省市监局 for 省市场监管局.
    expect(rows[2].startsWith("3省市场监管局")).toBe(true);
    doc.originalPages!.breaks[2] = { before: rows[1].slice(-8), after: rows[2].replace("省市场监管局", "省市监局").slice(0, 8) };
    expect(buildDocumentModel(doc).attachments[0].table.breaksBefore).toEqual([2]);
    // Neither side as printed: no break is guessed, the reprint takes the standard page.
    doc.originalPages!.breaks[2] = { before: "不在文中的字样", after: "也不在文中" };
    expect(buildDocumentModel(doc).print).toBeUndefined();
  });

  it("is the standard page again once the text has lost a break (edited after its import)", () => {
    const doc = reprint();
    const news = doc.sections.find((s) => s.content.kind === "news")!;
    if (news.content.kind === "news") news.content.items[2].text = "水利厅对取水单位开展检查。";
    const model = buildDocumentModel(doc);
    expect(model.print).toBeUndefined();
    expect(model.body.some((b) => b.breakBefore)).toBe(false);
    expect(pageLayout(doc)).toEqual({ followsOriginal: false, originalPages: 5 });
  });

  it("tells the web app which layout the downloads have (pageLayout)", () => {
    expect(pageLayout(reprint())).toEqual({ followsOriginal: true, originalPages: 5 });
    expect(pageLayout(fixture2023())).toEqual({ followsOriginal: false, originalPages: null });
  });

  it("keeps the stored original pages when an edited document leaves them out, and drops them on null", () => {
    const stored = reprint();
    const edited = { ...fixture2023(), copies: 12 };
    expect(keepOriginalPages(edited, stored).originalPages).toEqual(stored.originalPages);
    expect(keepOriginalPages({ ...edited, originalPages: null }, stored).originalPages).toBeNull();
    expect(keepOriginalPages("not a document", stored)).toBe("not a document");
  });

  it("writes the breaks into the HTML (one table per page, each with its header) and the DOCX (one paragraph, a page break inside)", async () => {
    const html = renderHtml(reprint(), { standalone: true });
    expect(html).toMatch(/<article class="zb-doc" style="--zb-line:[\d.]+pt;--zb-masthead:\d+pt">/);
    expect(html.match(/<p class="zb-p zb-continued zb-break">/g)).toHaveLength(1);
    expect(html.match(/<h3 class="zb-h zb-h1 zb-break">/g)).toHaveLength(1);
    expect(html.match(/<thead>/g)).toHaveLength(2);
    const xml = await (await JSZip.loadAsync(await renderDocx(reprint()))).file("word/document.xml")!.async("string");
    const paragraph = xml.split("</w:p>").find((p) => p.includes("会同四川省税务局"))!;
    expect(paragraph).toContain('<w:br w:type="page"/>');
    expect(paragraph).toContain("对10家取水单位");
    expect(xml.match(/<w:pageBreakBefore\/>/g)!.length).toBeGreaterThanOrEqual(2);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    // The body and its line grid on the original's pitch; an issue composed in zhoubao on 28 pt.
    const pitch = Math.round(buildDocumentModel(reprint()).print!.linePitchPt * 20);
    expect(xml).toContain(`<w:docGrid w:linePitch="${pitch}"/>`);
    const styles = await (await JSZip.loadAsync(await renderDocx(reprint()))).file("word/styles.xml")!.async("string");
    expect(styles).toContain(`w:line="${pitch}" w:lineRule="exact"`);
    const standard = await (await JSZip.loadAsync(await renderDocx(fixture2023()))).file("word/document.xml")!.async("string");
    expect(standard).toContain('<w:docGrid w:linePitch="560"/>');
  });
});

describe("the original's pitch", () => {
  it("counts lines as the renderers break them: 28 ems, half-width digits, no line starting with a closing mark", () => {
    expect(paragraphLines("甲".repeat(26), 2)).toBe(1);
    expect(paragraphLines("甲".repeat(27), 2)).toBe(2);
    // The 27th character would start line 2 with “。”: it goes down with the one before it.
    expect(paragraphLines("甲".repeat(25) + "乙。" + "甲".repeat(27), 2)).toBe(3);
    expect(paragraphLines("1".repeat(52), 2)).toBe(1);
  });

  it("fits the fullest whole page, and shrinks the masthead only when page 1's lines need it", () => {
    const line = (breakBefore = false): Block => ({ type: "paragraph", runs: [{ text: "甲".repeat(20) }], breakBefore });
    const page = (n: number) => Array.from({ length: n }, (_, i) => line(i === 0));
    const model = (first: number, ...pages: number[]) => ({ ...buildDocumentModel(fixture2023()), body: [...page(first).map((b) => ({ ...b, breakBefore: false })), ...pages.flatMap(page), line(true)] });
    const a = printPitch(model(8, 26, 24));
    expect(a.linePitchPt).toBe(24.25); // 637.8 pt over 26¼ lines (24.30), to 0.05 pt below
    expect(a.mastheadPt).toBe(MASTHEAD_PT);
    const b = printPitch(model(13, 23));
    expect(b.linePitchPt).toBeLessThan(28);
    expect(b.mastheadPt).toBeLessThan(MASTHEAD_PT);
    expect(b.mastheadPt).toBeGreaterThanOrEqual(MASTHEAD_MIN_PT);
    expect(b.mastheadPt + 13.5 * b.linePitchPt).toBeLessThanOrEqual(637.8);
    expect(printPitch(model(8, 20)).linePitchPt).toBe(28);
  });
});
