import { AlignmentType, Document, DocumentGridType, LineRuleType, Packer, Paragraph, type FileChild } from "./lib.js";
import { CHAR_SPACE, FONT, FOOTER_TWIPS, LINE_PITCH_TWIPS, MARGIN_TWIPS, PAGE, SIZE } from "../layout.js";
import type { AttachmentPage, DocumentModel } from "../model.js";
import { colophonTable } from "./colophon.js";
import { pageNumberFooters } from "./footers.js";
import { mastheadParagraphs } from "./masthead.js";
import { blockParagraphs } from "./paragraphs.js";
import { docxTable } from "./table.js";
import { runFonts, textRun } from "./text.js";

/** 附件 (黑体, top left, on a new page), the title centred, then the table. */
function attachmentChildren(a: AttachmentPage): FileChild[] {
  const exact = { line: LINE_PITCH_TWIPS, lineRule: LineRuleType.EXACT };
  return [
    new Paragraph({
      pageBreakBefore: true,
      keepNext: true,
      spacing: exact,
      children: [textRun({ text: a.label }, { font: FONT.heiti })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      keepLines: true,
      spacing: { ...exact, before: LINE_PITCH_TWIPS / 2, after: LINE_PITCH_TWIPS / 2 },
      children: [textRun({ text: a.title }, { font: FONT.xiaobiaosong, sizePt: SIZE.er, offGrid: true })],
    }),
    docxTable(a.table),
  ];
}

/** The whole Word document of a model. */
export function docxDocument(model: DocumentModel): Document {
  const { odd, even } = pageNumberFooters();
  const children: FileChild[] = [
    ...mastheadParagraphs(model.masthead),
    ...model.body.flatMap(blockParagraphs),
    ...model.attachments.flatMap(attachmentChildren),
  ];
  // The floating 版记 is anchored to the paragraph after it, the last of the document.
  if (model.colophon) children.push(colophonTable(model.colophon), new Paragraph({ spacing: { line: LINE_PITCH_TWIPS, lineRule: LineRuleType.EXACT } }));
  return new Document({
    title: model.docTitle,
    creator: model.masthead.issuer,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: {
            font: runFonts(FONT.fangsong),
            size: SIZE.san * 2,
            sizeComplexScript: SIZE.san * 2,
            language: { value: "en-US", eastAsia: "zh-CN" },
          },
          paragraph: { spacing: { line: LINE_PITCH_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.widthTwips, height: PAGE.heightTwips },
            margin: { ...MARGIN_TWIPS, header: 851, footer: FOOTER_TWIPS, gutter: 0 },
          },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH_TWIPS, charSpace: CHAR_SPACE },
        },
        footers: { default: odd, even },
        children,
      },
    ],
  });
}

/**
 * The issue as a .docx file (Word 2007+ / WPS), laid out per GB/T 9704-2012.
 *
 * @example
 * const bytes = await docxBuffer(buildDocumentModel(doc)); // PK…
 */
export async function docxBuffer(model: DocumentModel): Promise<Buffer> {
  return Packer.toBuffer(docxDocument(model));
}
