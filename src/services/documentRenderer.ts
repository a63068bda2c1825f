import { isZhoubaoError, ZhoubaoError } from "../domain/errors.js";
import type { IssueDocument, StoredIssue } from "../domain/model/issue.js";
import { closeRenderer, RENDER_FORMATS, renderIssue, type RenderFormat } from "../render/index.js";
import { FONT_ADVICE, pdfFonts, type FontUse } from "../render/fonts/fontReport.js";
import type { Store } from "../store/index.js";
import { toDocument } from "../store/index.js";
import { DOCUMENT_FORMATS, type DocumentFormat } from "../store/repositories/issueDocuments.js";

/**
 * The one place the server meets the renderer (src/render): which formats exist, how a
 * document is produced, and which kept file serves a published revision.
 */
export { DOCUMENT_FORMATS, type DocumentFormat };
export type RenderedDocument = { format: DocumentFormat; contentType: string; content: Buffer; fileName: string };

// The store's format list and the renderer's must agree; this fails to compile otherwise.
const _sameFormats: Record<DocumentFormat, unknown> & Record<RenderFormat, unknown> = RENDER_FORMATS;
void _sameFormats;

/** 窗口工作周报2023年第49期.pdf, or …（更正2）.pdf for a later revision. */
export function documentFileName(doc: Pick<IssueDocument, "title" | "year" | "seq">, format: DocumentFormat, revision = 0): string {
  return `${doc.title}${doc.year}年第${doc.seq}期${revision > 1 ? `（更正${revision - 1}）` : ""}.${RENDER_FORMATS[format].extension}`;
}

/**
 * Renders one format of a document; a renderer failure becomes render.failed (503)
 * unless the renderer already said why (render.chromium-missing).
 *
 * @example
 * const pdf = await renderDocument(doc, "pdf");
 */
export async function renderDocument(doc: IssueDocument, format: DocumentFormat, revision = 0): Promise<RenderedDocument> {
  try {
    const content = await renderIssue(doc, format);
    return { format, contentType: RENDER_FORMATS[format].mime, content, fileName: documentFileName(doc, format, revision) };
  } catch (e) {
    if (isZhoubaoError(e)) throw e;
    const msg = e instanceof Error ? e.message : String(e);
    throw new ZhoubaoError("render.failed", `生成 ${format.toUpperCase()} 失败：${msg}`, { format, cause: msg });
  }
}

/** The faces the PDF is printed in, per official font, and advice when any is a stand-in. */
export function pdfFontReport(): { fonts: FontUse[]; advice: string | null } {
  const fonts = pdfFonts();
  return { fonts, advice: fonts.every((f) => f.isOfficial) ? null : FONT_ADVICE };
}

/** Every format of a document, for keeping with a published revision; `onFormat` hears each as it begins. */
export async function renderAll(doc: IssueDocument, revision: number, onFormat?: (format: DocumentFormat) => void): Promise<RenderedDocument[]> {
  const out: RenderedDocument[] = [];
  for (const f of DOCUMENT_FORMATS) {
    onFormat?.(f);
    out.push(await renderDocument(doc, f, revision));
  }
  return out;
}

/**
 * The file of an issue in one format. A published issue is served from the files kept
 * at publication (any revision; the current one by default), so readers get exactly
 * what was issued; a file missing there is rendered from the frozen revision once and
 * kept. An unpublished issue is rendered on the fly as a preview.
 */
export async function issueDocument(store: Store, issue: StoredIssue, format: DocumentFormat, revision?: number): Promise<RenderedDocument> {
  if (issue.status !== "published" || issue.revision === 0) {
    if (revision !== undefined && revision !== 0)
      throw new ZhoubaoError("issue.not-found", `${issue.year}年第${issue.seq}期尚未发布，没有第 ${revision} 版。`, { revision });
    return renderDocument(toDocument(issue), format);
  }
  const n = revision ?? issue.revision;
  const frozen = await store.issueWorkflow.revision(issue.id, n);
  if (!frozen) throw new ZhoubaoError("issue.not-found", `${issue.year}年第${issue.seq}期没有第 ${n} 版。`, { revision: n });
  const kept = await store.issueDocuments.get(issue.id, n, format);
  if (kept) return { format, contentType: kept.contentType, content: kept.content, fileName: documentFileName(frozen.document, format, n) };
  const made = await renderDocument(frozen.document, format, n);
  await store.issueDocuments.keep(issue.id, n, format, made.contentType, made.content);
  return made;
}

/** Stops the renderer's browser (server shutdown). */
export const stopRenderer = closeRenderer;
