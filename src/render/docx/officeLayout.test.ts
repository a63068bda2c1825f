/**
 * The DOCX as an office opens and prints it: LibreOffice 7.4 (standing in for Word and WPS)
 * converts each issue to PDF once, and its pages are compared with GB/T 9704 and with the PDF
 * zhoubao prints itself — same page count, 28 characters a full line, 22 lines a page, the
 * attachment table's header on every page it spans, the 版记 at the foot of the last page. An
 * imported sample is printed twice: as imported, with its original's pages (breaks within a
 * line of the original's in LibreOffice too), and as zhoubao composes an issue, on GB/T
 * 9704's 22-line page.
 * Page images of one issue in both renderings are kept in test-results/docx-layout/.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IssueDocument } from "../../domain/index.js";
import { parseReportText } from "../../ingest/report/index.js";
import { SAMPLES, casesIn } from "../../ingest/report/testing/fixtures.js";
import { buildDocumentModel, closeRenderer, renderDocx, renderPdf } from "../index.js";
import { fixture2023 } from "../fixtures.js";
import { LINE_PITCH_PT, PAGE, TEXT_HEIGHT_MM } from "../layout.js";
import { chromiumAvailable, pdfPages, pdfWords } from "../testing.js";
import { originalPages } from "../../ingest/report/pages/originalPages.js";
import { compareBreaks } from "../pdf/pagination/compareBreaks.js";
import { fullLineLengths, isPageNumber, mode, mostLinesOnPitch, pageLines, type TextLine } from "./testing/pageLines.js";
import { docxToPdf, sofficeAvailable } from "./testing/soffice.js";
import { ruleBands } from "../pdf/pagination/ruleThickness.js";

const PT_PER_MM = 72 / 25.4;
const LEFT_PT = PAGE.margin.leftMm * PT_PER_MM;
const TEXT_BOTTOM_PT = (PAGE.margin.topMm + TEXT_HEIGHT_MM) * PT_PER_MM;
const ARTEFACTS = resolve(import.meta.dirname, "../../../test-results/docx-layout");

// The real issues in ../shared/samples where present, and always one fixture with an attachment.
const samples = casesIn(SAMPLES);
const issues: Record<string, IssueDocument> = {
  "fixture-2023": fixture2023(),
  ...Object.fromEntries(samples.map((c) => [c.name, parseReportText(c.text).doc])),
  ...Object.fromEntries(samples.map((c) => [`${c.name}-gbt9704`, { ...parseReportText(c.text).doc, originalPages: null }])),
};
const standard = Object.keys(issues).filter((n) => !issues[n].originalPages);
const pictured = "2023-49" in issues ? "2023-49" : "fixture-2023";

type Rendering = { pdf: Buffer; pages: TextLine[][] };
const office: Record<string, Rendering> = {};
const ours: Record<string, Rendering> = {};
const read = (pdf: Buffer): Rendering => ({ pdf, pages: pageLines(pdfWords(pdf)) });

function keepImages(name: string, label: string, pdf: Buffer) {
  mkdirSync(ARTEFACTS, { recursive: true });
  const file = join(ARTEFACTS, `${name}-${label}.pdf`);
  writeFileSync(file, pdf);
  execFileSync("pdftoppm", ["-r", "60", "-png", file, join(ARTEFACTS, `${name}-${label}`)]);
}

describe.skipIf(!sofficeAvailable() || !chromiumAvailable())("DOCX in LibreOffice, against GB/T 9704 and our PDF", () => {
  beforeAll(async () => {
    const docx = Object.fromEntries(await Promise.all(Object.entries(issues).map(async ([n, d]) => [n, await renderDocx(d)] as const)));
    const converted = await docxToPdf(docx);
    for (const [name, doc] of Object.entries(issues)) {
      office[name] = read(converted[name]);
      ours[name] = read(await renderPdf(doc));
    }
    keepImages(pictured, "libreoffice", office[pictured].pdf);
    keepImages(pictured, "zhoubao", ours[pictured].pdf);
  }, 300_000);
  afterAll(() => closeRenderer());

  it.each(Object.keys(issues))("%s: as many pages as our PDF", (name) => {
    expect(office[name].pages.length).toBe(ours[name].pages.length);
  });

  it.each(Object.keys(issues))("%s: 28 characters on a full line, none past the right edge", (name) => {
    const lengths = fullLineLengths(office[name].pages, LEFT_PT);
    expect(lengths.length).toBeGreaterThan(5);
    expect(mode(lengths)).toBe(28);
    expect(Math.max(...lengths)).toBe(28);
  });

  it.each(samples.map((c) => c.name))("%s: LibreOffice breaks the pages where the original did", (name) => {
    const text = samples.find((c) => c.name === name)!.text;
    expect(issues[name].originalPages).toBeTruthy();
    const original = originalPages(text);
    const offsets = compareBreaks(pdfPages(office[name].pdf), original.breaks);
    for (const o of offsets) expect(o.linesOff, `${o.before}|${o.after}`).toBeLessThanOrEqual(1);
    expect(office[name].pages.length).toBe(original.pages);
  });

  it.each(standard)("%s: 22 lines on a full page, on the line pitch", (name) => {
    const pages = office[name].pages.map((p) => p.filter((l) => !isPageNumber(l.text)));
    // Full pages: neither the first (masthead) nor the last, and no attachment on them.
    const full = pages.slice(1, -1).filter((p) => !p.some((l) => /^附件/.test(l.text) || l.text.startsWith("序号")));
    // Headings sit on shorter lines (HEADING_LINE_PT), so a page with headings may hold a 23rd
    // line; what holds everywhere: nothing runs below the 22-line text block.
    for (const p of full) for (const l of p) expect(l.y + l.height).toBeLessThan(TEXT_BOTTOM_PT + 2);
    for (const p of pages) expect(mostLinesOnPitch(p, LINE_PITCH_PT)).toBeLessThanOrEqual(22);
    // A full page of body text alone (no heading line on it, so every line on the 28 pt pitch)
    // shows the grid: the fullest such page holds exactly 22 lines.
    const heading = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/;
    // Full up to the foot (a page that ends early for keep-with-next is not full).
    const reachesFoot = (p: TextLine[]) => p.length > 0 && p.at(-1)!.y + p.at(-1)!.height > TEXT_BOTTOM_PT - LINE_PITCH_PT;
    const plain = full.filter((p) => reachesFoot(p) && !p.some((l) => heading.test(l.text)));
    if (plain.length) expect(Math.max(...plain.map((p) => mostLinesOnPitch(p, LINE_PITCH_PT)))).toBe(22);
  });

  it.each(Object.keys(issues))("%s: the 版记 ends at the foot of the last page, its last rule on the text block's foot", (name) => {
    for (const r of [office[name], ours[name]]) {
      const last = r.pages.at(-1)!.filter((l) => !isPageNumber(l.text));
      const copies = last.find((l) => l.text.startsWith("（共印"));
      if (!copies) continue; // an issue without a print run ends with its 发 line
      expect(copies.y + copies.height).toBeGreaterThan(TEXT_BOTTOM_PT - LINE_PITCH_PT);
      expect(copies.y + copies.height).toBeLessThan(TEXT_BOTTOM_PT + 2);
      // The closing rule, as printed (pdftoppm): the last full-width band below the print run,
      // between the last line's foot and 1 mm below the text block (GB/T 9704 7.5.1).
      const bands = ruleBands(r.pdf, r.pages.length, PAGE.margin.leftMm + 20, (copies.y + copies.height) / PT_PER_MM - 1, PAGE.heightMm - PAGE.margin.bottomMm + 5);
      expect(bands.length, name).toBeGreaterThan(0);
      const closing = bands.at(-1)!;
      const footMm = closing.topMm + closing.thicknessMm;
      expect(footMm).toBeGreaterThan(TEXT_BOTTOM_PT / PT_PER_MM - LINE_PITCH_PT / PT_PER_MM);
      expect(footMm).toBeLessThan(TEXT_BOTTOM_PT / PT_PER_MM + 1);
    }
  });

  it.each(Object.keys(issues))("%s: every heading and body paragraph prints whole, each full stop kept", (name) => {
    // Text as printed (pdftotext's reading order), page numbers and spaces left out; a
    // paragraph a page break cuts runs on.
    const printed = (r: Rendering) =>
      pdfPages(r.pdf)
        .flatMap((page) => page.split("\n"))
        .filter((line) => !isPageNumber(line.trim()))
        .join("")
        .replace(/\s+/g, "");
    const paragraphs = buildDocumentModel(issues[name]).body.flatMap((b) =>
      b.type === "paragraph" ? [b.runs.map((r) => r.text).join("")] : b.type === "heading" ? [b.number + b.text] : [],
    );
    expect(paragraphs.length).toBeGreaterThan(5);
    for (const r of [office[name], ours[name]]) {
      const text = printed(r);
      const missing = paragraphs.map((p) => p.replace(/\s+/g, "")).filter((p) => !text.includes(p));
      expect(missing).toEqual([]);
    }
  });

  it.each(Object.keys(issues).filter((n) => issues[n].attachments.length))(
    "%s: the assessment table repeats its header on every page and wraps no cell",
    (name) => {
      const header = "序号部门窗口基础分分值减分分值加分分值实得分值";
      const lines = office[name].pages.flat();
      const row = /^\d{0,2}[\p{Script=Han}（）]+100-?\d/u;
      const rowPages = new Set(lines.filter((l) => row.test(l.text)).map((l) => l.page));
      const headerPages = new Set(lines.filter((l) => l.text === header).map((l) => l.page));
      expect(rowPages.size).toBeGreaterThan(0);
      expect([...rowPages].filter((p) => !headerPages.has(p))).toEqual([]);
      // Every department name prints whole on its row's line.
      const rows = issues[name].attachments.flatMap((a) => a.rows);
      for (const r of rows) expect(lines.some((l) => row.test(l.text) && l.text.includes(r.department)), r.department).toBe(true);
    },
  );
});
