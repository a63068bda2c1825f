/**
 * word/styles.xml, written here rather than by the `docx` package: its defaults cannot say
 * "off" for autoSpaceDE, and it names a Normal style it never defines.
 *
 * Document defaults: 3号 仿宋_GB2312 (Times New Roman for Latin), exact 579-twip lines, and no
 * automatic space between Chinese and Latin letters or digits (autoSpaceDE/DN). Word, WPS and
 * LibreOffice add that space by default (LibreOffice ≈ ¼ em on each side of "12345"), the PDF
 * printed by chromium does not, and the lines of the two would break differently.
 */
import { BODY_SIZE_PT, FONT, LINE_PITCH_TWIPS } from "../layout.js";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/**
 * The styles part: defaults plus the four default styles Word itself always writes.
 *
 * @example
 * stylesXml().includes('<w:autoSpaceDE w:val="0"/>'); // true
 */
export function stylesXml(): string {
  const sz = BODY_SIZE_PT * 2;
  const fonts = `w:ascii="${FONT.latin}" w:hAnsi="${FONT.latin}" w:eastAsia="${FONT.fangsong}" w:cs="${FONT.latin}" w:hint="eastAsia"`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts ${fonts}/><w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/>` +
    `<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    // CT_PPrBase order: widowControl … autoSpaceDE, autoSpaceDN … spacing.
    `<w:pPrDefault><w:pPr><w:widowControl/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>` +
    `<w:spacing w:before="0" w:after="0" w:line="${LINE_PITCH_TWIPS}" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>` +
    `<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>` +
    `<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>` +
    `<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/>` +
    `<w:semiHidden/><w:unhideWhenUsed/></w:style></w:styles>`
  );
}
