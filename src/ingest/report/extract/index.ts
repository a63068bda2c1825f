import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { ZhoubaoError } from "../../../domain/index.js";
import { sniff } from "./sniff.js";
import { decodeText } from "./decodeText.js";
import { pdfText } from "./pdf.js";
import { docxText } from "./docx.js";
import { htmlText } from "./html.js";

/** A report to import: a path, or a name and its bytes (an upload). */
export type ReportSource = string | { name: string; bytes: Uint8Array };

export type Extracted = { name: string; format: "txt" | "pdf" | "docx" | "html"; encoding: string | null; text: string };

/** Larger than any weekly report with its attachments by far. */
const MAX_BYTES = 50 * 1024 * 1024;
const ASK = "请选择周报的 TXT（UTF-8 或 GB18030 编码）、PDF 或 DOCX 文件";

/**
 * Reads a report file and returns its text: .txt decoded (UTF-8/GB18030/UTF-16),
 * .pdf through pdftotext -layout, .docx from its document XML, .html from its markup. The format is taken
 * from the content, not the extension; what cannot be a report is refused with a
 * ZhoubaoError (import.empty, import.binary, import.unsupported-format, …).
 *
 * @example
 * (await extractReport("samples/2023-49.txt")).format; // "txt"
 */
export async function extractReport(source: ReportSource): Promise<Extracted> {
  const { name, bytes } = typeof source === "string" ? { name: basename(source), bytes: await readSource(source) } : source;
  const label = `文件“${name}”`;
  if (bytes.byteLength === 0) throw new ZhoubaoError("import.empty", `${label}是空文件。${ASK}。`);
  if (bytes.byteLength > MAX_BYTES)
    throw new ZhoubaoError("import.unreadable", `${label}过大（${Math.round(bytes.byteLength / 1048576)} MB），一期周报通常不超过几 MB。${ASK}。`);
  const ext = extname(name).toLowerCase();
  const format = sniff(bytes);
  switch (format) {
    case "pdf":
      return { name, format: "pdf", encoding: null, text: await pdfText(bytes, label) };
    case "zip":
      return { name, format: "docx", encoding: null, text: await docxText(bytes, label) };
    case "html": {
      // Decoded as a text file is (UTF-8, GB18030, UTF-16), then its markup read.
      const decoded = decodeText(bytes, label);
      return { name, format: "html", encoding: decoded.encoding, text: htmlText(decoded.text) };
    }
    case "ole":
      throw new ZhoubaoError("import.unsupported-format", `${label}是旧版 Office 文件（.doc/.wps/.xls），无法直接读取。请在 Word/WPS 中另存为 DOCX 或 PDF 后导入。`);
    case "rtf":
      throw new ZhoubaoError("import.unsupported-format", `${label}是 RTF 文件。请在 Word/WPS 中另存为 DOCX 或 PDF 后导入。`);
    case "image":
      throw new ZhoubaoError("import.unsupported-format", `${label}是图片，没有可读取的文字。${ASK}；扫描件请先做文字识别（OCR）。`);
    default: {
      if (ext === ".pdf" || ext === ".docx")
        throw new ZhoubaoError("import.unreadable", `${label}的扩展名是 ${ext}，但内容不是有效的 ${ext.slice(1).toUpperCase()} 文件（可能已损坏或被改名）。`);
      if (ext === ".doc" || ext === ".wps" || ext === ".xls" || ext === ".xlsx")
        throw new ZhoubaoError("import.unsupported-format", `${label}不是周报的 TXT、PDF 或 DOCX 文件。${ASK}。`);
      const decoded = decodeText(bytes, label);
      return { name, format: "txt", encoding: decoded.encoding, text: decoded.text };
    }
  }
}

async function readSource(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "文件不存在" : code === "EISDIR" ? "这是一个文件夹，不是文件" : code === "EACCES" || code === "EPERM" ? "没有读取权限" : "读取失败";
    throw new ZhoubaoError("import.unreadable", `无法读取“${path}”：${why}。`, { code });
  }
}
