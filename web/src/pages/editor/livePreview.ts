import type { IssueDocument } from "@domain/model/issue";
import { buildDocumentModel } from "@src/render/build/buildDocument";
import { htmlOfModel } from "@src/render/html/renderHtml";

/**
 * The page of a working copy, rendered in the browser by the same code the server uses
 * for document.html (src/render is pure TypeScript), so unsaved edits show at once.
 *
 * @example
 * livePreviewHtml(doc).startsWith("<!DOCTYPE html>"); // true
 */
export function livePreviewHtml(doc: IssueDocument): string {
  return htmlOfModel(buildDocumentModel(doc), { standalone: true });
}
