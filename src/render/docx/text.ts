import { TextRun, type IRunOptions } from "./lib.js";
import { BODY_SIZE_PT, FONT, type OfficialFont } from "../layout.js";
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
 * The style of a run. What the document defaults already say (styles.ts: 3号 仿宋_GB2312, runs
 * condensed to the 28-character pitch) is left out, so a run of body text has no properties:
 * document.xml stays a third of the size, and the DOCX renders in a third of the time.
 */
export type RunStyle = {
  font?: OfficialFont;
  sizePt?: number;
  color?: string;
  bold?: boolean;
  /** w:spacing in twips, instead of the default's (grid.ts). */
  spacingTwips?: number;
};

/** A docx TextRun of a model run in a style (font, size in points, colour). */
export function textRun(run: Run, style: RunStyle = {}): TextRun {
  const bold = run.bold || style.bold;
  const opts: IRunOptions = {
    text: run.text,
    ...(style.font && style.font !== FONT.fangsong ? { font: runFonts(style.font) } : {}),
    ...(style.sizePt && style.sizePt !== BODY_SIZE_PT ? { size: style.sizePt * 2, sizeComplexScript: style.sizePt * 2 } : {}),
    ...(style.color ? { color: style.color } : {}),
    ...(bold ? { bold: true, boldComplexScript: true } : {}),
    ...(style.spacingTwips !== undefined ? { characterSpacing: style.spacingTwips } : {}),
  };
  return new TextRun(opts);
}
