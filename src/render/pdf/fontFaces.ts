/**
 * @font-face rules that hand chromium each official font already cut down to the characters
 * of the issue. Given the installed 6–9 MB CJK files, chromium spends about 90% of a PDF
 * subsetting them itself; a subset of a few hundred glyphs embeds the same CID TrueType
 * font (same PostScript name, outlines and metrics, so the same layout) in a fraction of it.
 * The faces are the files fontconfig gives chromium (fonts/fontReport.ts), so a licensed
 * font in ZHOUBAO_FONTS_DIR still wins; a character missing from a face falls through to
 * the next family of the CSS stack as before.
 */
import { pdfFontFiles } from "../fonts/fontReport.js";
import { subsetFont } from "../fonts/subsetFont.js";
import type { Served } from "./browser.js";

/** Characters chromium prints that are not in the document text: page numbers (— 1 —). */
const GENERATED = "— 0123456789";

/** Files HarfBuzz subsets to sfnt; Type 1 and bitmap formats are left to chromium. */
const SFNT = /\.(ttf|otf|ttc|otc)$/i;

/**
 * The rules for the official font names of the stylesheet (html/css.ts STACK) and the font
 * files they link (relative names, served beside the HTML by BrowserPool.serving); no rule
 * for a font fontconfig has no file for.
 *
 * @example
 * officialFontFaces("窗口工作周报").css; // "@font-face { font-family: \"仿宋_GB2312\"; src: url(\"font0.ttf\") … }"
 */
export function officialFontFaces(text: string): { css: string; files: Record<string, Served> } {
  const chars = text + GENERATED;
  const files: Record<string, Served> = {};
  const rules = pdfFontFiles()
    .filter((f): f is { official: string; file: string; index: number } => f.file !== null && SFNT.test(f.file))
    .map(({ official, file, index }, i) => {
      files[`font${i}.ttf`] = { body: subsetFont(file, index, chars), contentType: "font/ttf" };
      return `@font-face { font-family: "${official}"; font-weight: 400; src: url("font${i}.ttf") format("truetype"); }`;
    });
  return { css: rules.join("\n"), files };
}
