/**
 * word/fontTable.xml: the fonts the document names, with what Word, WPS and LibreOffice need
 * to substitute one that is missing — the GB2312 charset (86), the family and pitch, the
 * PANOSE class where it is published, and an alternate name. A PC without 仿宋_GB2312
 * (Windows 10 ships only 仿宋) then falls back to 仿宋 rather than to the default sans face.
 *
 * The `docx` package writes an empty font table, so the renderer replaces the part.
 */
import { FONT, type OfficialFont } from "../layout.js";

type FontFamily = "roman" | "swiss" | "modern" | "script" | "decorative" | "auto";

export type FontEntry = {
  name: string;
  /** w:altName: the name the face is installed under elsewhere (the Windows 10 name, or its English name). */
  altName?: string;
  /** w:charset: 86 = GB2312 (Simplified Chinese), 00 = ANSI. */
  charset: "86" | "00";
  family: FontFamily;
  pitch: "fixed" | "variable";
  /** PANOSE-1, 10 bytes in hex, as Windows reports it for the font. */
  panose?: string;
};

/** The fonts of the official document, in the order the renderer names them. */
export const FONT_TABLE: Record<OfficialFont, FontEntry> = {
  [FONT.fangsong]: { name: FONT.fangsong, altName: "仿宋", charset: "86", family: "modern", pitch: "fixed", panose: "02010609030101010101" },
  [FONT.kaiti]: { name: FONT.kaiti, altName: "楷体", charset: "86", family: "modern", pitch: "fixed", panose: "02010609030101010101" },
  [FONT.heiti]: { name: FONT.heiti, altName: "SimHei", charset: "86", family: "modern", pitch: "fixed", panose: "02010609060101010101" },
  // 方正小标宋简体 publishes no PANOSE; 宋体 is the face Word takes for it where it is missing.
  [FONT.xiaobiaosong]: { name: FONT.xiaobiaosong, altName: "宋体", charset: "86", family: "auto", pitch: "variable" },
  [FONT.songti]: { name: FONT.songti, altName: "SimSun", charset: "86", family: "auto", pitch: "variable", panose: "02010600030101010101" },
  [FONT.latin]: { name: FONT.latin, charset: "00", family: "roman", pitch: "variable", panose: "02020603050405020304" },
};

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Names in fontTable are attribute values: escape what XML requires. */
const attr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** One w:font, its children in the order CT_Font requires (altName, panose1, charset, family, pitch). */
function fontXml(f: FontEntry): string {
  return (
    `<w:font w:name="${attr(f.name)}">` +
    (f.altName ? `<w:altName w:val="${attr(f.altName)}"/>` : "") +
    (f.panose ? `<w:panose1 w:val="${f.panose}"/>` : "") +
    `<w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`
  );
}

/**
 * The font table part.
 *
 * @example
 * fontTableXml().includes('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>'); // true
 */
export function fontTableXml(entries: FontEntry[] = Object.values(FONT_TABLE)): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:fonts xmlns:w="${W}" xmlns:r="${R}">${entries.map(fontXml).join("")}</w:fonts>`
  );
}
