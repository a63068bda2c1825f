/**
 * Render an issue as the official document (GB/T 9704-2012): DOCX, HTML and PDF, all from
 * one document model (build/buildDocument.ts). Knows nothing of HTTP or SQL.
 */
import type { IssueDocument } from "../domain/index.js";
import { buildDocumentModel } from "./build/buildDocument.js";
import { docxBuffer } from "./docx/renderDocx.js";
import { htmlOfModel } from "./html/renderHtml.js";
import { BrowserPool } from "./pdf/browser.js";
import { pdfOfModel } from "./pdf/renderPdf.js";

export { buildDocumentModel } from "./build/buildDocument.js";
export type { DocumentModel, Block, Run } from "./model.js";
export { BrowserPool, FONTCONFIG_FILE, DEFAULT_CHROMIUM } from "./pdf/browser.js";
export { escapeHtml } from "./html/escape.js";
export { pdfFonts, FONT_ADVICE, type FontUse } from "./fonts/fontReport.js";

/** The formats `zhoubao render` and the server offer, with their file types. */
export const RENDER_FORMATS = {
  docx: { extension: "docx", mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  pdf: { extension: "pdf", mime: "application/pdf" },
  html: { extension: "html", mime: "text/html; charset=utf-8" },
} as const;
export type RenderFormat = keyof typeof RENDER_FORMATS;

let shared: BrowserPool | null = null;
const pool = () => (shared ??= new BrowserPool());

/**
 * The issue as a Word document.
 *
 * @example
 * writeFileSync("2023-49.docx", await renderDocx(doc));
 */
export function renderDocx(doc: IssueDocument): Promise<Buffer> {
  return docxBuffer(buildDocumentModel(doc));
}

/**
 * The issue as HTML: a whole printable document (`standalone: true`) or an element to embed.
 *
 * @example
 * renderHtml(doc, { standalone: false }); // "<style>…</style><article class=\"zb-doc\">…"
 */
export function renderHtml(doc: IssueDocument, { standalone = true }: { standalone?: boolean } = {}): string {
  return htmlOfModel(buildDocumentModel(doc), { standalone });
}

/**
 * The issue as PDF, printed by chromium (launched once, kept warm; see closeRenderer).
 * Throws render.chromium-missing when chromium is not installed.
 *
 * @example
 * writeFileSync("2023-49.pdf", await renderPdf(doc)); await closeRenderer();
 */
export function renderPdf(doc: IssueDocument): Promise<Buffer> {
  return pdfOfModel(pool(), buildDocumentModel(doc));
}

/** The issue in one of RENDER_FORMATS. */
export async function renderIssue(doc: IssueDocument, format: RenderFormat): Promise<Buffer> {
  if (format === "docx") return renderDocx(doc);
  if (format === "pdf") return renderPdf(doc);
  return Buffer.from(renderHtml(doc, { standalone: true }), "utf8");
}

/** Ends the shared chromium, if one was started. */
export async function closeRenderer(): Promise<void> {
  const p = shared;
  shared = null;
  await p?.close();
}
