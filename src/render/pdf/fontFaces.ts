/**
 * @font-face rules that hand chromium each official font already cut down to the characters
 * of the issue. Given the installed 6–9 MB CJK files, chromium spends about 90% of a PDF
 * subsetting them itself; a subset of a few hundred glyphs embeds the same CID TrueType
 * font (same PostScript name, outlines and metrics, so the same layout) in a fraction of it.
 * The faces are the files fontconfig gives chromium (fonts/fontReport.ts), so a licensed
 * font in ZHOUBAO_FONTS_DIR still wins; a character missing from a face falls through to
 * the next family of the CSS stack as before.
 */
import { pdfFontFiles, standInsOf } from "../fonts/fontReport.js";
import { subsetFont } from "../fonts/subsetFont.js";
import type { Served } from "./browser.js";

/** Characters chromium prints that are not in the document text: page numbers (— 1 —). */
const GENERATED = "— 0123456789";

/** Files HarfBuzz subsets to sfnt; Type 1 and bitmap formats are left to chromium. */
const SFNT = /\.(ttf|otf|ttc|otc)$/i;

/** A code point as a CSS unicode-range item. */
const range = (cp: number) => `U+${cp.toString(16).toUpperCase()}`;

/**
 * The rules for the official font names of the stylesheet (html/css.ts STACK) and the font
 * files they link (relative names, served beside the HTML by BrowserPool.serving); no rule
 * for a font fontconfig has no file for.
 *
 * A character the face lacks (昇 and 镕 are not in GB2312, so not in 仿宋_GB2312 or Fandol)
 * gets a rule of its own, limited by unicode-range to those characters, with a subset of
 * the stand-in fontconfig falls back to (AR PL UMing …): left to chromium, that fallback
 * loads the whole 20 MB system file and made a PDF with one such name three times slower.
 *
 * @example
 * officialFontFaces("窗口工作周报").css; // "@font-face { font-family: \"仿宋_GB2312\"; src: url(\"font0.ttf\") … }"
 */
export function officialFontFaces(text: string): { css: string; files: Record<string, Served> } {
  const chars = [...new Set(text + GENERATED)].filter((ch) => ch >= " ");
  const files: Record<string, Served> = {};
  const rules: string[] = [];
  const add = (official: string, file: string, index: number, subset: string[], unicodeRange = "") => {
    const name = `font${Object.keys(files).length}.ttf`;
    files[name] = { body: subsetFont(file, index, subset.join("")), contentType: "font/ttf" };
    rules.push(`@font-face { font-family: "${official}"; font-weight: 400; src: url("${name}") format("truetype");${unicodeRange} }`);
  };
  for (const { official, faces } of pdfFontFiles()) {
    const sfnt = faces.filter((f) => SFNT.test(f.file));
    if (!sfnt.length || sfnt[0] !== faces[0]) continue;
    add(official, sfnt[0].file, sfnt[0].index, chars);
    for (const [face, missing] of standInsOf(sfnt, chars)) {
      if (!face) continue; // in none of the faces: chromium prints what it can, as before
      try {
        add(official, face.file, face.index, missing, ` unicode-range: ${missing.map((ch) => range(ch.codePointAt(0)!)).join(", ")};`);
      } catch {
        // A stand-in HarfBuzz cannot load (too large, damaged): chromium falls back to it by itself, slower.
      }
    }
  }
  return { css: rules.join("\n"), files };
}
