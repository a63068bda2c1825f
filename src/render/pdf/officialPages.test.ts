/**
 * The shared samples printed as the originals were: same page count, page breaks within a
 * line of the originals', official faces embedded as CID fonts (no Type 3), 版记 rules of
 * 0.35 / 0.25 mm. Page images of one sample go to test-results/ for people to look at.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeRenderer, renderPdf } from "../index.js";
import { chromiumAvailable, pdfPages, pdfWords } from "../testing.js";
import { parseReportText } from "../../ingest/report/index.js";
import { SAMPLES, hasSamples } from "../../ingest/report/testing/fixtures.js";
import { originalPages, type ReadPages as OriginalPages } from "../../ingest/report/pages/originalPages.js";
import { compareBreaks } from "./pagination/compareBreaks.js";
import { ruleThicknesses } from "./pagination/ruleThickness.js";

const NAMES = ["2022-31", "2023-02", "2023-49"];
const ARTEFACTS = resolve(import.meta.dirname, "../../../test-results/pdf-pages");
const MM = 72 / 25.4;

/**
 * Each sample imports with the breaks its text shows (IssueDocument.originalPages) and
 * reprints on its original's pitch (build/printPitch.ts): 2022-31 holds 26 lines a page,
 * 2023-02 23, 2023-49 about 24 and 13 under a smaller masthead on page 1. On GB/T 9704's
 * 22-line page, which issues composed in zhoubao keep, the breaks drifted 2 to 10 lines and
 * 2022-31 took a page more.
 */
type Printed = { name: string; pdf: Buffer; pages: string[]; original: OriginalPages };

describe.skipIf(!chromiumAvailable() || !hasSamples)("the samples printed as the originals", () => {
  const printed: Printed[] = [];
  beforeAll(async () => {
    for (const name of NAMES) {
      const text = readFileSync(join(SAMPLES, `${name}.txt`), "utf8");
      const pdf = await renderPdf(parseReportText(text).doc);
      printed.push({ name, pdf, pages: pdfPages(pdf), original: originalPages(text) });
    }
    mkdirSync(ARTEFACTS, { recursive: true });
    const file = join(ARTEFACTS, "2023-49.pdf");
    writeFileSync(file, printed[2].pdf);
    execFileSync("pdftoppm", ["-png", "-r", "100", file, join(ARTEFACTS, "2023-49")]);
  }, 180_000);
  afterAll(() => closeRenderer());

  it.each(NAMES)("%s: page breaks within a line of the original's, and its page count", (name) => {
    const p = printed.find((x) => x.name === name)!;
    const offsets = compareBreaks(p.pages, p.original.breaks);
    console.log(`${name}：原件 ${p.original.pages} 页，本系统 ${p.pages.length} 页；分页偏差（行）${offsets.map((o) => o.linesOff).join("、")}`);
    expect(offsets.length).toBeGreaterThan(0);
    for (const o of offsets) expect(o.linesOff, `${o.before}|${o.after}`).toBeLessThanOrEqual(1);
    expect(p.pages.length).toBe(p.original.pages);
  });

  it("holds 7–9 body lines on page 1 below the masthead", () => {
    const p = printed.find((x) => x.name === "2023-02")!;
    const lines = p.pages[0].split("\n").filter((l) => l.trim() && !/^\s*—\s*\d+\s*—\s*$/.test(l));
    const body = lines.slice(lines.findIndex((l) => l.includes("2023年1月31日") || l.includes("2023 年1 月31 日")) + 1);
    expect(body.length).toBeGreaterThanOrEqual(7);
    expect(body.length).toBeLessThanOrEqual(9);
  });

  it("starts no line with closing punctuation and ends none with opening punctuation (禁则)", () => {
    for (const p of printed) {
      const lines = p.pages.flatMap((page) => page.split("\n").map((l) => l.trim()).filter(Boolean));
      expect(lines.filter((l) => /^[，。、；：？！）》”’」』%]/.test(l)), p.name).toEqual([]);
      expect(lines.filter((l) => /[（《“‘「『]$/.test(l)), p.name).toEqual([]);
    }
  });

  it("embeds every face as a CID font, none as Type 3, the official stand-ins among them", () => {
    for (const p of printed) {
      const fonts = execFileSync("pdffonts", ["-"], { input: p.pdf, encoding: "utf8" });
      expect(fonts, p.name).not.toMatch(/Type 3/);
      for (const face of ["FandolFang", "FandolHei", "FandolSong-Bold"]) expect(fonts, p.name).toContain(face);
    }
    expect(execFileSync("pdffonts", ["-"], { input: printed[2].pdf, encoding: "utf8" })).toContain("FandolKai");
  });

  it("draws the 版记 rules 0.35 mm (first and last) and 0.25 mm (between)", () => {
    const p = printed[2];
    const last = pdfWords(p.pdf).at(-1)!;
    const labels = last.words.filter((w) => /^(报|送|发)：/.test(w.text));
    const copies = last.words.find((w) => w.text.includes("共印"))!;
    const bands = ruleThicknesses(p.pdf, p.pages.length, 28.5, labels[0].yMin / MM - 6, copies.yMax / MM + 4);
    expect(bands.length).toBe(labels.length + 1);
    expect(bands[0]).toBeCloseTo(0.35, 1);
    expect(bands.at(-1)).toBeCloseTo(0.35, 1);
    for (const b of bands.slice(1, -1)) expect(b).toBeCloseTo(0.25, 1);
    expect(bands[0] - bands[1]).toBeGreaterThan(0.05);
  });
});
