import iconv from "iconv-lite";
import { ZhoubaoError } from "../../../domain/index.js";

export type Decoded = { text: string; encoding: "utf-8" | "gb18030" | "utf-16le" | "utf-16be" };

/**
 * Decodes a text file exported on a Chinese Windows or a Linux machine: UTF-8 (with or
 * without BOM), GB18030 (a superset of GBK/GB2312) or UTF-16 with a BOM or the
 * tell-tale zero bytes. A UTF-8 file with a few damaged bytes stays UTF-8 (the damage
 * becomes unparsed text); binary data is refused with import.binary.
 *
 * @example
 * decodeText(iconv.encode("窗口工作周报", "gb18030"), "x.txt").encoding; // "gb18030"
 */
export function decodeText(bytes: Uint8Array, source: string): Decoded {
  const decoded = pickEncoding(bytes);
  if (looksBinary(decoded.text))
    throw new ZhoubaoError(
      "import.binary",
      `${source}不是文本文件（含有大量二进制数据）。请选择周报的 TXT（UTF-8 或 GB18030 编码）、PDF 或 DOCX 文件。`,
    );
  return decoded;
}

function pickEncoding(bytes: Uint8Array): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: buf.subarray(3).toString("utf8"), encoding: "utf-8" };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), "utf-16le"), encoding: "utf-16le" };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), "utf-16be"), encoding: "utf-16be" };
  const utf16 = utf16WithoutBom(buf);
  if (utf16) return { text: iconv.decode(buf, utf16), encoding: utf16 };
  const utf8 = buf.toString("utf8");
  // Real GB18030 text is mostly invalid as UTF-8; real UTF-8 has at most a few damaged bytes.
  let bad = 0;
  for (let i = 0; i < utf8.length; i++) if (utf8.charCodeAt(i) === 0xfffd) bad++;
  if (bad <= Math.max(2, buf.length * 0.005)) return { text: utf8, encoding: "utf-8" };
  return { text: iconv.decode(buf, "gb18030"), encoding: "gb18030" };
}

/** UTF-16 without a BOM: ASCII and CJK text put a zero byte in every other position. */
function utf16WithoutBom(buf: Buffer): "utf-16le" | "utf-16be" | null {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 16) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.02) return "utf-16le";
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.02) return "utf-16be";
  return null;
}

/** Control characters (other than tab, line breaks, form feed) in more than 1% of the text. */
function looksBinary(text: string): boolean {
  if (!text.length) return false;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) control++;
  }
  return control > Math.max(2, text.length * 0.01);
}
