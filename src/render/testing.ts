/**
 * Helpers for the render tests: open a DOCX (a zip of XML parts) and read a PDF back
 * through poppler-utils (pdftotext), as a reader's tools would.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import JSZip from "jszip";
import { defaultChromium } from "./pdf/browser.js";

/** Every XML part of a .docx by its path in the zip ("word/document.xml", "word/footer1.xml", …). */
export async function docxParts(bytes: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir && /\.(xml|rels)$/.test(name)) out[name] = await f.async("string");
  return out;
}

/** The visible text of WordprocessingML, paragraph by paragraph. */
export function docxText(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1])).join(""),
  );
}

/**
 * True when the chromium the renderer would use (or each of `paths`) is installed. In CI
 * (CI=true) a missing one fails loudly instead, because no test may be skipped there;
 * elsewhere the PDF tests skip with a visible notice.
 *
 * @example
 * describe.skipIf(!chromiumAvailable([HEADLESS_SHELL, FULL_CHROMIUM]))("both binaries", …);
 */
export function chromiumAvailable(paths = [defaultChromium()]): boolean {
  const missing = paths.filter((p) => !existsSync(p));
  if (!missing.length) return true;
  if (process.env.CI === "true") throw new Error(`CI=true 但未找到 ${missing.join("、")}：PDF 测试不能跳过。`);
  console.warn(`⚠ 未找到 ${missing.join("、")}，跳过 PDF 测试。安装：apt-get install chromium-headless-shell chromium`);
  return false;
}

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

function withPdfFile<T>(bytes: Buffer, fn: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "zhoubao-render-test-"));
  try {
    const file = join(dir, "issue.pdf");
    writeFileSync(file, bytes);
    return fn(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF (pdftotext -layout) with all whitespace removed; page numbers stay (—1—). */
export function pdfText(bytes: Buffer): string {
  return pdfPages(bytes).join("").replace(/\s+/g, "");
}

/** pdftotext -layout, one string per page. */
export function pdfPages(bytes: Buffer): string[] {
  const text = withPdfFile(bytes, (f) => execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", f, "-"], { encoding: "utf8" }));
  return text.split("\f").slice(0, -1);
}

/** Each page drawn by poppler (pdftoppm, `dpi` dots per inch, grey), as its PGM bytes. */
export function pdfPixels(bytes: Buffer, dpi = 50): Buffer[] {
  return withPdfFile(bytes, (f) => {
    const prefix = join(dirname(f), "page");
    execFileSync("pdftoppm", ["-r", String(dpi), "-gray", f, prefix]);
    return readdirSync(dirname(f))
      .filter((n) => n.startsWith("page"))
      .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
      .map((n) => readFileSync(join(dirname(f), n)));
  });
}

export type PdfWord = { page: number; text: string; xMin: number; yMin: number; xMax: number; yMax: number };
export type PdfPageBox = { width: number; height: number; words: PdfWord[] };

/** Every word with its box (points, origin top left), by pdftotext -bbox. */
export function pdfWords(bytes: Buffer): PdfPageBox[] {
  const html = withPdfFile(bytes, (f) => execFileSync("pdftotext", ["-bbox", "-enc", "UTF-8", f, "-"], { encoding: "utf8" }));
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((p, i) => ({
    width: Number(p[1]),
    height: Number(p[2]),
    words: [...p[3].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
      page: i + 1,
      text: unescapeXml(w[5]),
      xMin: Number(w[1]),
      yMin: Number(w[2]),
      xMax: Number(w[3]),
      yMax: Number(w[4]),
    })),
  }));
}

const PAGE_NUMBER = /—\s*\d+\s*—/g;

/** Text for comparing: page numbers and all whitespace removed. */
export function squashText(s: string): string {
  return s.replace(PAGE_NUMBER, "").replace(/\s+/g, "");
}

/**
 * Checks that `needles` occur in `haystack` in this order (whitespace ignored); returns
 * the first needle that does not, or null.
 *
 * @example
 * firstOutOfOrder("一、甲 二、乙", ["一、甲", "二、乙"]); // null
 */
export function firstOutOfOrder(haystack: string, needles: string[]): string | null {
  const text = squashText(haystack);
  let at = 0;
  for (const n of needles) {
    const s = squashText(n);
    if (!s) continue;
    const found = text.indexOf(s, at);
    if (found < 0) return n;
    at = found + s.length;
  }
  return null;
}
