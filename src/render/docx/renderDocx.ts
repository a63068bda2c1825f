import { AlignmentType, Document, DocumentGridType, LineRuleType, Packer, Paragraph, type FileChild } from "./lib.js";
import { FONT, FOOTER_TWIPS, LINE_PITCH_TWIPS, MARGIN_TWIPS, PAGE, SIZE } from "../layout.js";
import type { AttachmentPage, DocumentModel } from "../model.js";
import { HALF_LINE_TWIPS } from "./grid.js";
import { fontTableXml } from "./fontTable.js";
import { stylesXml } from "./styles.js";
import { colophonTable } from "./colophon.js";
import { pageNumberFooters } from "./footers.js";
import { mastheadParagraphs } from "./masthead.js";
import { blockParagraphs } from "./paragraphs.js";
import { docxTable } from "./table.js";
import { textRun } from "./text.js";

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
      spacing: { ...exact, before: HALF_LINE_TWIPS, after: HALF_LINE_TWIPS },
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
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.widthTwips, height: PAGE.heightTwips },
            margin: { ...MARGIN_TWIPS, header: 851, footer: FOOTER_TWIPS, gutter: 0 },
          },
          // A line grid only: see grid.ts for why the characters are not on a grid.
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH_TWIPS },
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
  return Packer.toBuffer(docxDocument(model), false, [
    // Parts the package cannot write as the official document needs them (see each module).
    { path: "word/fontTable.xml", data: fontTableXml() },
    { path: "word/styles.xml", data: stylesXml() },
  ]);
}
