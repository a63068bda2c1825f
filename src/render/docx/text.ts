import { TextRun, type IRunOptions } from "./lib.js";
import { BODY_SIZE_PT, FONT, type OfficialFont } from "../layout.js";
import type { Run } from "../model.js";
import { CHAR_SPACING_TWIPS } from "./grid.js";

/**
 * w:rFonts of a run: the official Chinese face for East-Asian text and Times New Roman for
 * Latin letters and digits; hint=eastAsia so shared characters (“ ” — …) take the Chinese face.
 *
 * @example
 * runFonts("黑体"); // { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "黑体", cs: "Times New Roman", hint: "eastAsia" }
 */
export function runFonts(eastAsia: OfficialFont) {
  return { ascii: FONT.latin, hAnsi: FONT.latin, cs: FONT.latin, eastAsia, hint: "eastAsia" };
}

/**
 * `offGrid`: the run keeps its own character width — for text in other sizes (tables, 版记,
 * titles). Runs on the grid in the body size are condensed to the 28-character pitch (grid.ts).
 */
export type RunStyle = {
  font?: OfficialFont;
  sizePt?: number;
  color?: string;
  bold?: boolean;
  offGrid?: boolean;
  /** w:spacing in twips, instead of the body pitch's. */
  spacingTwips?: number;
};

/** A docx TextRun of a model run in a style (font, size in points, colour). */
export function textRun(run: Run, style: RunStyle = {}): TextRun {
  const bold = run.bold || style.bold;
  const opts: IRunOptions = {
    text: run.text,
    ...(style.font ? { font: runFonts(style.font) } : {}),
    ...(style.sizePt ? { size: style.sizePt * 2, sizeComplexScript: style.sizePt * 2 } : {}),
    ...(style.color ? { color: style.color } : {}),
    ...(bold ? { bold: true, boldComplexScript: true } : {}),
    // Body-size text is condensed to the 28-character pitch (grid.ts); other sizes keep their own.
    ...(style.offGrid ? { snapToGrid: false } : {}),
    ...(style.spacingTwips !== undefined
      ? { characterSpacing: style.spacingTwips }
      : !style.offGrid && (style.sizePt ?? BODY_SIZE_PT) === BODY_SIZE_PT
        ? { characterSpacing: CHAR_SPACING_TWIPS }
        : {}),
  };
  return new TextRun(opts);
}
