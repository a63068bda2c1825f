import { TextRun, type IRunOptions } from "./lib.js";
import { FONT, type OfficialFont } from "../layout.js";
import type { Run } from "../model.js";

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
 * `offGrid`: the run keeps its own character width instead of one cell of the 16 pt document
 * grid — for text in other sizes (tables, 版记, titles), which the grid would spread out.
 */
export type RunStyle = { font?: OfficialFont; sizePt?: number; color?: string; bold?: boolean; offGrid?: boolean };

/** A docx TextRun of a model run in a style (font, size in points, colour). */
export function textRun(run: Run, style: RunStyle = {}): TextRun {
  const bold = run.bold || style.bold;
  const opts: IRunOptions = {
    text: run.text,
    ...(style.font ? { font: runFonts(style.font) } : {}),
    ...(style.sizePt ? { size: style.sizePt * 2, sizeComplexScript: style.sizePt * 2 } : {}),
    ...(style.color ? { color: style.color } : {}),
    ...(bold ? { bold: true, boldComplexScript: true } : {}),
    ...(style.offGrid ? { snapToGrid: false } : {}),
  };
  return new TextRun(opts);
}
