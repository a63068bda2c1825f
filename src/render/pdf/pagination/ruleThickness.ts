/**
 * The thickness of horizontal rules as printed: a strip of a PDF page rasterised by
 * pdftoppm at high resolution, then the runs of dark rows measured. Shows what a printer
 * or viewer would draw, whatever drawing operators produced the rules.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const DPI = 2400;
const MM_PER_INCH = 25.4;

/** A dark band: its top edge from the page's top edge and its thickness, in mm. */
export type Band = { topMm: number; thicknessMm: number };

/**
 * Thickness in mm of every full-width dark band between `topMm` and `bottomMm` of `page`
 * (1-based), measured along a 2 mm wide column `xMm` from the left edge.
 */
export function ruleThicknesses(pdf: Buffer, page: number, xMm: number, topMm: number, bottomMm: number): number[] {
  return ruleBands(pdf, page, xMm, topMm, bottomMm).map((b) => b.thicknessMm);
}

/** The bands of ruleThicknesses with where they lie on the page. */
export function ruleBands(pdf: Buffer, page: number, xMm: number, topMm: number, bottomMm: number): Band[] {
  const dir = mkdtempSync(join(tmpdir(), "zhoubao-rules-"));
  try {
    const file = join(dir, "p.pdf");
    writeFileSync(file, pdf);
    const px = (mm: number) => Math.round((mm / MM_PER_INCH) * DPI);
    const [x, y, w, h] = [px(xMm), px(topMm), px(2), px(bottomMm - topMm)];
    const args = ["-gray", "-r", String(DPI), "-f", String(page), "-l", String(page), "-x", String(x), "-y", String(y), "-W", String(w), "-H", String(h), "-singlefile", file, join(dir, "strip")];
    execFileSync("pdftoppm", args);
    const mm = (p: number) => Number(((p * MM_PER_INCH) / DPI).toFixed(3));
    return darkBands(readFileSync(join(dir, "strip.pgm"))).map((b) => ({ topMm: Number((topMm + mm(b.start)).toFixed(3)), thicknessMm: mm(b.rows) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs of rows whose pixels are all darker than mid-grey, in a binary PGM (P5). */
function darkBands(pgm: Buffer): { start: number; rows: number }[] {
  const header = pgm.toString("latin1", 0, 64).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error("pdftoppm gave no PGM");
  const [width, height] = [Number(header[1]), Number(header[2])];
  const data = pgm.subarray(header[0].length);
  const bands: { start: number; rows: number }[] = [];
  let run = 0;
  for (let row = 0; row <= height; row++) {
    let dark = row < height;
    for (let col = 0; dark && col < width; col++) dark = data[row * width + col] < 128;
    if (dark) run++;
    else if (run) {
      bands.push({ start: row - run, rows: run });
      run = 0;
    }
  }
  return bands;
}
