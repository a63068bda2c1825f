export type Format = "pdf" | "docx" | "html" | "text" | "zip" | "ole" | "rtf" | "image";

/** Markup at the start (after a BOM, blanks and comments): a document or an element of one. */
const HTML_START = /^(?:\uFEFF|\xEF\xBB\xBF)?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|article|section|div|p|h[1-6]|table|style)\b/i;

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);

/**
 * What a file is, by its first bytes (extensions lie: a .txt may be a renamed PDF).
 * "html" is markup (a saved web page, an issue rendered to HTML); "zip" is any ZIP container (DOCX is decided by its content); "ole" is an old
 * Office file (.doc/.wps/.xls).
 *
 * @example
 * sniff(Buffer.from("%PDF-1.4…")); // "pdf"
 */
export function sniff(bytes: Uint8Array): Format {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  if (head.includes("%PDF-")) return "pdf";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return "zip";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "ole";
  if (head.startsWith("{\\rtf")) return "rtf";
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    head.startsWith("GIF8") ||
    head.startsWith("II*\u0000") ||
    head.startsWith("MM\u0000*") ||
    (head.startsWith("RIFF") && head.slice(8, 12) === "WEBP")
  )
    return "image";
  if (HTML_START.test(head)) return "html";
  return "text";
}
