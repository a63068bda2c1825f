/**
 * Render an issue as the official document (GB/T 9704-2012): DOCX, HTML and PDF, all from
 * one document model (build/buildDocument.ts). Knows nothing of HTTP or SQL.
 */
import type { IssueDocument } from "../domain/index.js";
import { buildDocumentModel } from "./build/buildDocument.js";
import { htmlOfModel } from "./html/renderHtml.js";
import type { BrowserPool } from "./pdf/browser.js";
import type { RenderFormat } from "./formats.js";
import { bodyStandIns, type StandIn } from "./fonts/fontReport.js";
import type { DocumentModel } from "./model.js";

export { buildDocumentModel } from "./build/buildDocument.js";
export type { DocumentModel, Block, Run } from "./model.js";
export { escapeHtml } from "./html/escape.js";
export { pdfFonts, FONT_ADVICE, type FontUse, type StandIn } from "./fonts/fontReport.js";
export { RENDER_FORMATS, type RenderFormat } from "./formats.js";

// The DOCX writer (docx) and the PDF printer (playwright-core) are loaded on first use:
// the command line and the server start without them, most requests never need them.
let shared: Promise<BrowserPool> | null = null;
const pool = () => (shared ??= import("./pdf/browser.js").then(({ BrowserPool }) => new BrowserPool()));

/**
 * The issue as a Word document.
 *
 * @example
 * writeFileSync("2023-49.docx", await renderDocx(doc));
 */
export async function renderDocx(doc: IssueDocument): Promise<Buffer> {
  const { docxBuffer } = await import("./docx/renderDocx.js");
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
export async function renderPdf(doc: IssueDocument): Promise<Buffer> {
  const [{ pdfOfModel }, browsers] = await Promise.all([import("./pdf/renderPdf.js"), pool()]);
  return pdfOfModel(browsers, buildDocumentModel(doc));
}

/**
 * How the DOCX and PDF of an issue lay out its pages: an imported issue keeps its
 * original's pages while its text still has every place the original broke a page
 * (build/originalPages.ts); otherwise, and for every issue composed in zhoubao, GB/T 9704's
 * 22 lines a page. `originalPages` is the original's page count, null when not imported
 * from a printed original. `model`: the issue's, when the caller has built it already.
 *
 * @example
 * pageLayout(importedFromPdf); // { followsOriginal: true, originalPages: 6 }
 */
export function pageLayout(doc: IssueDocument, model?: DocumentModel): { followsOriginal: boolean; originalPages: number | null } {
  const originalPages = doc.originalPages?.pages ?? null;
  return { followsOriginal: originalPages !== null && (model ?? buildDocumentModel(doc)).print !== undefined, originalPages };
}

/**
 * The characters of an issue its PDF prints in another face than the body's (see
 * fonts/fontReport.ts bodyStandIns). `model`: as for pageLayout.
 *
 * @example
 * pdfStandIns(doc); // [{ face: "AR PL UMing CN", characters: "昇犇镕" }]
 */
export function pdfStandIns(doc: IssueDocument, model: DocumentModel = buildDocumentModel(doc)): StandIn[] {
  return bodyStandIns(htmlOfModel(model, { standalone: false }));
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
  await (await p)?.close();
}
