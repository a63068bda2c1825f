/**
 * word/styles.xml, written here rather than by the `docx` package: its defaults cannot say
 * "off" for autoSpaceDE, and it names a Normal style it never defines.
 *
 * Document defaults: 3号 仿宋_GB2312 (Times New Roman for Latin), every run condensed to the
 * 28-character pitch (grid.ts; text in other sizes loses a quarter point a character, which
 * no reader sees), exact 579-twip lines, and no
 * automatic space between Chinese and Latin letters or digits (autoSpaceDE/DN). Word, WPS and
 * LibreOffice add that space by default (LibreOffice ≈ ¼ em on each side of "12345"), the PDF
 * printed by chromium does not, and the lines of the two would break differently.
 */
import { BODY_SIZE_PT, FONT, LINE_PITCH_TWIPS, TABLE } from "../layout.js";
import { CHAR_SPACING_TWIPS, CHAR_TWIPS } from "./grid.js";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/**
 * Paragraph styles of table cells: 4号 仿宋 / 小四 黑体 on 20 pt lines, centred. A style per
 * cell kind rather than properties on each of a table's hundreds of cells keeps the document
 * small and fast to write, and lets an editor restyle the table at once.
 */
/** The paragraph style of body text and headings: justified, two characters in (firstLineChars for Word/WPS, firstLine for other readers). */
export const BODY_STYLE = "BodyText";

function bodyStyle(): string {
  return (
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${BODY_STYLE}"><w:name w:val="Body Text GB"/><w:basedOn w:val="Normal"/>` +
    `<w:qFormat/><w:pPr><w:ind w:firstLine="${2 * CHAR_TWIPS}" w:firstLineChars="200"/><w:jc w:val="both"/></w:pPr></w:style>`
  );
}

export const TABLE_STYLE = { text: "TableText", header: "TableHeader" } as const;

function tableStyles(): string {
  const text = TABLE.bodyPt * 2;
  const header = TABLE.headerPt * 2;
  return (
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${TABLE_STYLE.text}"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>` +
    `<w:qFormat/><w:pPr><w:spacing w:line="${TABLE.linePt * 20}" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr>` +
    `<w:rPr><w:sz w:val="${text}"/><w:szCs w:val="${text}"/></w:rPr></w:style>` +
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${TABLE_STYLE.header}"><w:name w:val="Table Header"/>` +
    `<w:basedOn w:val="${TABLE_STYLE.text}"/><w:qFormat/><w:rPr><w:rFonts w:eastAsia="${FONT.heiti}"/>` +
    `<w:sz w:val="${header}"/><w:szCs w:val="${header}"/></w:rPr></w:style>`
  );
}

/**
 * The styles part: defaults plus the four default styles Word itself always writes.
 *
 * @example
 * stylesXml().includes('<w:autoSpaceDE w:val="0"/>'); // true
 */
export function stylesXml(pitch = LINE_PITCH_TWIPS): string {
  const sz = BODY_SIZE_PT * 2;
  const fonts = `w:ascii="${FONT.latin}" w:hAnsi="${FONT.latin}" w:eastAsia="${FONT.fangsong}" w:cs="${FONT.latin}" w:hint="eastAsia"`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts ${fonts}/><w:spacing w:val="${CHAR_SPACING_TWIPS}"/><w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/>` +
    `<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    // CT_PPrBase order: widowControl … overflowPunct … autoSpaceDE, autoSpaceDN … spacing.
    // overflowPunct on is Word's own default (a line-end 。 may hang in the margin), written
    // out for LibreOffice: its DOCX import reads the flag inverted, and its justified lines
    // then hang a 。 without drawing it (「…创新情况」 lost its full stop). Set, LibreOffice
    // carries 「况。」 over to the next line as chromium does.
    `<w:pPrDefault><w:pPr><w:widowControl/><w:overflowPunct w:val="1"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>` +
    `<w:spacing w:before="0" w:after="0" w:line="${pitch}" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    bodyStyle() +
    tableStyles() +
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>` +
    `<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>` +
    `<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>` +
    `<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/>` +
    `<w:semiHidden/><w:unhideWhenUsed/></w:style></w:styles>`
  );
}
