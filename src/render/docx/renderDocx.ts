import { AlignmentType, Document, DocumentGridType, LineRuleType, Packer, Paragraph, type FileChild } from "./lib.js";
import { FONT, FOOTER_TWIPS, LINE_PITCH_TWIPS, MARGIN_TWIPS, PAGE, SIZE } from "../layout.js";
import type { AttachmentPage, Block, DocumentModel } from "../model.js";
import { HALF_LINE_TWIPS } from "./grid.js";
import { fontTableXml } from "./fontTable.js";
import { stylesXml } from "./styles.js";
import { colophonTable } from "./colophon.js";
import { pageNumberFooters } from "./footers.js";
import { mastheadParagraphs } from "./masthead.js";
import { blockParagraphs, pagedParagraph } from "./paragraphs.js";
import { docxTable } from "./table.js";
import { textRun } from "./text.js";

/** The body's paragraphs; the parts of a paragraph the original's pages cut are one paragraph again. */
function bodyParagraphs(blocks: Block[], pitch: number): Paragraph[] {
  const out: Paragraph[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type !== "paragraph" || !b.continues) {
      out.push(...blockParagraphs(b, pitch));
      continue;
    }
    const parts = [b.runs];
    for (let next = blocks[i + 1]; next?.type === "paragraph" && next.continued; next = blocks[i + 1]) {
      parts.push(next.runs);
      i++;
      if (!next.continues) break;
    }
    out.push(pagedParagraph(parts, !!b.breakBefore));
  }
  return out;
}

/** A table, or where the original's page ended between its rows, one per page (each with its header). */
function attachmentTables(a: AttachmentPage): FileChild[] {
  const cuts = [0, ...(a.table.breaksBefore ?? []), a.table.rows.length];
  return cuts.slice(1).flatMap((end, i) => [
    // The page break between two tables: a paragraph of 1 pt at the top of the next page.
    ...(i > 0 ? [new Paragraph({ pageBreakBefore: true, spacing: { line: 20, lineRule: LineRuleType.EXACT } })] : []),
    docxTable({ ...a.table, rows: a.table.rows.slice(cuts[i], end) }),
  ]);
}

/** 附件 (黑体, top left, on a new page), the title centred, then the table. */
function attachmentChildren(a: AttachmentPage, newPage: boolean): FileChild[] {
  const exact = { line: LINE_PITCH_TWIPS, lineRule: LineRuleType.EXACT };
  return [
    new Paragraph({
      // The first attachment starts its section, and so a page, already.
      pageBreakBefore: newPage,
      keepNext: true,
      spacing: exact,
      children: [textRun({ text: a.label }, { font: FONT.heiti })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      keepLines: true,
      spacing: { ...exact, before: HALF_LINE_TWIPS, after: HALF_LINE_TWIPS },
      children: [textRun({ text: a.title }, { font: FONT.xiaobiaosong, sizePt: SIZE.er })],
    }),
    ...attachmentTables(a),
  ];
}

/** The body's line pitch in twips: 28 pt, or the original's (model.print). */
const bodyPitch = (model: DocumentModel) => (model.print ? Math.round(model.print.linePitchPt * 20) : LINE_PITCH_TWIPS);

/** A4 with the GB/T 9704 margins; the footer distance puts the page number 7 mm below the text. */
const page = {
  size: { width: PAGE.widthTwips, height: PAGE.heightTwips },
  margin: { ...MARGIN_TWIPS, header: 851, footer: FOOTER_TWIPS, gutter: 0 },
};

/**
 * The whole Word document of a model: the masthead and body in a section on the 22-line grid,
 * the attachments in a section of their own without a grid. (LibreOffice snaps every line to
 * the grid, so 20 pt table lines would take 29 pt; the attachment starts a page anyway.) The
 * attachment section has no footer references: OOXML sections inherit the previous footers.
 * A reprint with the original's pages (model.print) sets the body and its grid on the
 * original's pitch.
 */
export function docxDocument(model: DocumentModel): Document {
  const { odd, even } = pageNumberFooters();
  const pitch = bodyPitch(model);
  const masthead = mastheadParagraphs(model.masthead, model.print && Math.round(model.print.mastheadPt * 20));
  const body: FileChild[] = [...masthead, ...bodyParagraphs(model.body, pitch)];
  const attachments = model.attachments.flatMap((a, i) => attachmentChildren(a, i > 0));
  const last = attachments.length ? attachments : body;
  // The floating 版记 is anchored to the paragraph after it, the last of the document.
  if (model.colophon) last.push(colophonTable(model.colophon), new Paragraph({ spacing: { line: LINE_PITCH_TWIPS, lineRule: LineRuleType.EXACT } }));
  return new Document({
    title: model.docTitle,
    creator: model.masthead.issuer,
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        // A line grid only: see grid.ts for why the characters are not on a grid.
        properties: { page, grid: { linePitch: pitch } },
        footers: { default: odd, even },
        children: body,
      },
      ...(attachments.length ? [{ properties: { page }, children: attachments }] : []),
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
    { path: "word/styles.xml", data: stylesXml(bodyPitch(model)) },
  ]);
}
