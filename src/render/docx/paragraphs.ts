import { AlignmentType, LineRuleType, Paragraph, type IParagraphOptions } from "./lib.js";
import { FONT, HEADING_LINE_PT, LINE_PITCH_TWIPS, SIZE, type OfficialFont } from "../layout.js";
import type { Block, HeadingLevel, Run } from "../model.js";
import { CHAR_TWIPS } from "./grid.js";
import { BODY_STYLE } from "./styles.js";
import { textRun } from "./text.js";

const exact = (lines = 1) => ({ line: LINE_PITCH_TWIPS * lines, lineRule: LineRuleType.EXACT });

const HEADING_FONT: Record<HeadingLevel, OfficialFont> = {
  1: FONT.heiti,
  2: FONT.kaiti,
  3: FONT.fangsong,
  4: FONT.fangsong,
};

/** Flowing text in the body style (styles.ts: justified, two characters in, widow control, LINE_PITCH_TWIPS lines). */
function body(runs: Run[], font: OfficialFont, extra: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({ style: BODY_STYLE, ...extra, children: runs.map((r) => textRun(r, { font })) });
}

/**
 * The DOCX paragraphs of a body block. Headings keep with the next paragraph and are kept
 * whole, so a heading never ends a page on its own.
 *
 * @example
 * blockParagraphs({ type: "heading", level: 1, number: "一、", text: "政务工作动态" }); // [Paragraph in 黑体]
 */
export function blockParagraphs(b: Block): Paragraph[] {
  switch (b.type) {
    case "part-title":
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: exact(),
          keepNext: true,
          keepLines: true,
          outlineLevel: 0,
          children: [textRun({ text: b.text }, { font: FONT.xiaobiaosong, sizePt: SIZE.er })],
        }),
      ];
    case "period":
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: exact(),
          keepNext: true,
          children: [textRun({ text: b.text }, { font: FONT.kaiti })],
        }),
      ];
    case "heading":
      return [
        body([{ text: `${b.number}${b.text}` }], HEADING_FONT[b.level], {
          spacing: { line: HEADING_LINE_PT * 20, lineRule: LineRuleType.EXACT },
          keepNext: true,
          keepLines: true,
          outlineLevel: b.level,
        }),
      ];
    case "paragraph":
      return [body(b.runs, FONT.fangsong)];
    case "attachment-note":
      // 附件：title — wrapped lines align after 附件： (a hanging indent of three characters).
      return b.items.map((title, i) => {
        const label = i === 0 ? "附件：" : "";
        const num = b.items.length > 1 ? `${i + 1}.` : "";
        // Not in the body style: Word merges indents attribute by attribute, and the style's
        // firstLineChars would override this hanging indent.
        return new Paragraph({
          children: [textRun({ text: `${label}${num}${title}` })],
          alignment: AlignmentType.LEFT,
          indent: { left: 5 * CHAR_TWIPS, hanging: i === 0 ? 3 * CHAR_TWIPS : 0 },
          spacing: { ...exact(), before: i === 0 ? LINE_PITCH_TWIPS : 0 },
          keepLines: true,
          widowControl: true,
        });
      });
  }
}
