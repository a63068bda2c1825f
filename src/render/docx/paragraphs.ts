import { AlignmentType, LineRuleType, PageBreak, Paragraph, type IParagraphOptions } from "./lib.js";
import { FONT, HEADING_LINE_PT, LINE_PITCH_PT, LINE_PITCH_TWIPS, SIZE, type OfficialFont } from "../layout.js";
import { attachmentNoteLines, type Block, type HeadingLevel, type Run } from "../model.js";
import { CHAR_TWIPS } from "./grid.js";
import { BODY_STYLE } from "./styles.js";
import { textRun } from "./text.js";


const HEADING_FONT: Record<HeadingLevel, OfficialFont> = {
  1: FONT.heiti,
  2: FONT.kaiti,
  3: FONT.fangsong,
  4: FONT.fangsong,
};

/** Flowing text in the body style (styles.ts: justified, two characters in, widow control, lines of the body's pitch). */
function body(runs: Run[], font: OfficialFont, extra: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({ style: BODY_STYLE, ...extra, children: runs.map((r) => textRun(r, { font })) });
}

/**
 * A paragraph the original's pages cut (model.ts: the parts `continues`, `continued`): one
 * paragraph, as the original, with a page break where each part ends.
 *
 * @example
 * pagedParagraph([[{ text: "…将" }], [{ text: "继续…" }]], false); // <w:p>…<w:br w:type="page"/>…</w:p>
 */
export function pagedParagraph(parts: Run[][], breakBefore: boolean): Paragraph {
  const children = parts.flatMap((runs, i) => [...(i > 0 ? [new PageBreak()] : []), ...runs.map((r) => textRun(r, { font: FONT.fangsong }))]);
  return new Paragraph({ style: BODY_STYLE, ...(breakBefore ? { pageBreakBefore: true } : {}), children });
}

/**
 * The DOCX paragraphs of a body block. Headings keep with the next paragraph and are kept
 * whole, so a heading never ends a page on its own.
 *
 * @example
 * blockParagraphs({ type: "heading", level: 1, number: "一、", text: "政务工作动态" }); // [Paragraph in 黑体]
 *
 * `pitch`: the body's line pitch in twips (the original's for a reprint with its pages);
 * a block that starts an original's page breaks the page before it.
 */
export function blockParagraphs(b: Block, pitch = LINE_PITCH_TWIPS): Paragraph[] {
  const exact = () => ({ line: pitch, lineRule: LineRuleType.EXACT });
  const paged = b.breakBefore ? { pageBreakBefore: true } : {};
  switch (b.type) {
    case "part-title":
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: exact(),
          keepNext: true,
          keepLines: true,
          outlineLevel: 0,
          ...paged,
          children: [textRun({ text: b.text }, { font: FONT.xiaobiaosong, sizePt: SIZE.er })],
        }),
      ];
    case "period":
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: exact(),
          keepNext: true,
          ...paged,
          children: [textRun({ text: b.text }, { font: FONT.kaiti })],
        }),
      ];
    case "heading":
      return [
        body([{ text: `${b.number}${b.text}` }], HEADING_FONT[b.level], {
          spacing: { line: Math.round((pitch * HEADING_LINE_PT) / LINE_PITCH_PT), lineRule: LineRuleType.EXACT },
          keepNext: true,
          keepLines: true,
          outlineLevel: b.level,
          ...paged,
        }),
      ];
    case "paragraph":
      return [body(b.runs, FONT.fangsong, paged)];
    case "attachment-note":
      // 附件：title — wrapped lines align after 附件： (a hanging indent of three characters).
      return attachmentNoteLines(b.items).map((line, i) => {
        // Not in the body style: Word merges indents attribute by attribute, and the style's
        // firstLineChars would override this hanging indent.
        return new Paragraph({
          children: [textRun({ text: line })],
          alignment: AlignmentType.LEFT,
          indent: { left: 5 * CHAR_TWIPS, hanging: i === 0 ? 3 * CHAR_TWIPS : 0 },
          spacing: { ...exact(), before: i === 0 ? pitch : 0 },
          keepLines: true,
          ...(i === 0 ? paged : {}),
          widowControl: true,
        });
      });
  }
}
