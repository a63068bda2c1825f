import type JSZip from "jszip";
import { ZhoubaoError } from "../../../domain/index.js";
import { bytesReader } from "../../zip/directory.js";
import { InflateLimitError, inflateText, zipRefusal, type ZipLimits } from "../../zip/limits.js";

/**
 * A weekly report's DOCX holds a few dozen parts and inflates to a few MB with its
 * pictures; these caps are far above that and far below what would exhaust memory.
 */
const MAX_INFLATED = 200 * 1024 * 1024;
/** The text part alone: a year's worth of weekly reports would not fill it. */
const MAX_DOCUMENT_XML = 32 * 1024 * 1024;
const DOCX_LIMITS: ZipLimits = { maxEntries: 2000, maxEntryBytes: () => MAX_INFLATED, maxTotalBytes: MAX_INFLATED };

/**
 * The text of a DOCX from its document XML: one line per paragraph, one line per
 * table row with the cells separated by tabs (so an assessment table keeps its
 * columns, and an empty rank cell stays empty). Text boxes are read once (their
 * fallback copies are skipped); deleted revisions and field codes are not text.
 *
 * @example
 * await docxText(readFileSync("2023-49.docx"), "文件“2023-49.docx”"); // "窗口工作周报\n…"
 */
export async function docxText(bytes: Uint8Array, source: string): Promise<string> {
  const unreadable = (why: string) => new ZhoubaoError("import.unreadable", `无法读取${source}：${why}。`);
  const refusal = await zipRefusal(bytesReader(bytes), bytes.byteLength, DOCX_LIMITS);
  if (refusal) throw unreadable(refusal);
  // jszip is loaded by the first DOCX read: the server and the command start without it.
  const { default: zipReader } = await import("jszip");
  let zip: JSZip;
  try {
    zip = await zipReader.loadAsync(bytes);
  } catch {
    throw unreadable("文件已损坏，不是有效的 DOCX");
  }
  const part = zip.file("word/document.xml");
  if (!part)
    throw new ZhoubaoError("import.unsupported-format", `${source}是压缩包或其他 Office 文件，不是 Word 文档（DOCX）。请选择周报的 TXT、PDF 或 DOCX 文件。`);
  let xml: string;
  try {
    xml = await inflateText(part, MAX_DOCUMENT_XML);
  } catch (err) {
    // JSZip's own errors ("Bug : uncompressed data size mismatch", "invalid
    // distance", "Corrupted zip: …") are about the file, not about zhoubao.
    throw unreadable(err instanceof InflateLimitError ? err.message : "文件已损坏（正文部分无法解压），请在 Word/WPS 中打开后重新另存为 DOCX");
  }
  return documentXmlText(xml);
}

// Attributes stop at "<" (never valid inside a tag or an attribute value in XML):
// otherwise each "<a" of a run without ">" scans to the end of the part, quadratic.
const TOKEN = /<(\/?)([\w.-]+:)?([\w.-]+)((?:[^<>"']|"[^"<]*"|'[^'<]*')*?)(\/?)>|([^<]+)/g;

/**
 * The text of word/document.xml, paragraphs and table rows as lines.
 *
 * @example
 * documentXmlText("<w:p><w:r><w:t>附件</w:t></w:r></w:p>"); // "附件"
 */
export function documentXmlText(xml: string): string {
  const lines: string[] = [];
  const rows: string[][] = []; // cells of each open table row (nested tables stack)
  const cells: string[][] = []; // paragraphs of each open table cell
  let para = "";
  let inText = false;
  let inTabStops = false;
  let skip = 0; // depth inside mc:Fallback, the duplicate of a text box
  const emit = (text: string) => (cells.length ? cells[cells.length - 1].push(text) : lines.push(text));
  const endParagraph = () => {
    emit(para);
    para = "";
  };
  for (const m of xml.matchAll(TOKEN)) {
    const [, close, ns, name, , selfClose, text] = m;
    if (text !== undefined) {
      if (inText && !skip) para += decodeEntities(text);
      continue;
    }
    const tag = `${ns ?? ""}${name}`;
    const opening = !close;
    if (tag === "mc:Fallback") {
      if (!selfClose) skip += opening ? 1 : -1;
      continue;
    }
    if (skip) continue;
    switch (tag) {
      case "w:t":
        inText = opening && !selfClose;
        break;
      case "w:tabs": // tab stops in paragraph properties, not tab characters
        inTabStops = opening && !selfClose;
        break;
      case "w:tab":
        if (opening && !inTabStops) para += "\t";
        break;
      case "w:br":
      case "w:cr":
        if (opening) endParagraph();
        break;
      case "w:noBreakHyphen":
        para += "-";
        break;
      case "w:p":
        if (close || selfClose) endParagraph();
        break;
      case "w:tr":
        if (opening) rows.push([]);
        else if (rows.length) {
          const row = rows.pop()!.join("\t");
          // A table inside a cell is flattened into that cell.
          emit(cells.length ? row.replace(/\t/g, " ") : row);
        }
        break;
      case "w:tc":
        if (opening) cells.push([]);
        else if (cells.length) rows[rows.length - 1]?.push(cells.pop()!.join("").replace(/\t/g, " "));
        break;
    }
  }
  if (para) lines.push(para);
  return lines.join("\n");
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) => {
    switch (e) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default: {
        const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
      }
    }
  });
}
