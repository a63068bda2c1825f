import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";

/** The XML parts of a DOCX, by path (word/document.xml, word/footer1.xml, …). */
export async function docxParts(buf: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(buf);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) if (name.endsWith(".xml")) out[name] = await zip.files[name].async("string");
  return out;
}

/** The visible text of a WordprocessingML part, paragraph by paragraph. */
export function docxText(xml: string): string[] {
  return xml
    .split("</w:p>")
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
    .filter(Boolean);
}

/** PDF → text with pdftotext (poppler-utils), whitespace removed so broken lines join. */
export function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "zhoubao-pdf-"));
  const file = join(dir, "a.pdf");
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
}

/** Whether chromium can be used; in CI it must be, elsewhere the PDF tests skip with a notice. */
export function chromiumAvailable(): boolean {
  const ok = existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium");
  if (!ok && process.env.CI === "true") throw new Error("CI=true 但未安装 chromium：PDF 测试不能跳过。");
  if (!ok) console.warn("⚠ 未找到 chromium，跳过 PDF 测试（apt-get install chromium）。");
  return ok;
}

/** Asserts that `parts` occur in `text` in this order; returns the first one out of order. */
export function firstOutOfOrder(text: string, parts: string[]): string | null {
  let at = 0;
  for (const p of parts) {
    const i = text.indexOf(p.replace(/\s+/g, ""), at);
    if (i < 0) return p;
    at = i + 1;
  }
  return null;
}
