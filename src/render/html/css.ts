import {
  CHAR_PITCH_PT,
  HEADING_LINE_PT,
  LINE_PITCH_PT,
  MASTHEAD,
  PAGE,
  PAGE_NUMBER,
  RED,
  RULE_MM,
  SIZE,
  TABLE,
  TEXT_HEIGHT_MM,
  TEXT_WIDTH_MM,
} from "../layout.js";

/**
 * Font stacks: the official face first (present on readers' Windows machines), then its
 * usual Windows/macOS names, then the free faces that fonts/fonts.conf maps it to (for a
 * browser without that file). Every face is used at its own weight: chromium would fake
 * bold by embedding Type 3 glyphs, and 小标宋 is a heavy face of one weight anyway. Latin
 * letters and digits come from "ZB Latin" (Times New Roman or its metric twin), limited by
 * unicode-range so Chinese punctuation such as “ ” — stays in the Chinese face.
 */
export const STACK = {
  fangsong: `"ZB Latin", "仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "FandolFang", "AR PL UMing CN", serif`,
  kaiti: `"ZB Latin", "楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "FandolKai", "AR PL UKai CN", serif`,
  heiti: `"ZB Latin", "黑体", "SimHei", "STHeiti", "FandolHei", "WenQuanYi Zen Hei", sans-serif`,
  xiaobiaosong: `"ZB Latin", "方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "FandolSong Bold", "AR PL UMing CN", serif`,
  songti: `"宋体", "SimSun", "FandolSong", "AR PL UMing CN", serif`,
} as const;

const LATIN_FACES = `
@font-face { font-family: "ZB Latin"; font-weight: 400; unicode-range: U+0020-007E, U+00A0-00FF, U+0100-024F;
  src: local("Times New Roman"), local("TimesNewRomanPSMT"), local("Liberation Serif"), local("LiberationSerif"); }
`;

const pt = (n: number) => `${Number(n.toFixed(3))}pt`;
/** Characters are set a little tighter than 16 pt so that 28 of them fill the 156 mm line. */
const TRACKING = pt(CHAR_PITCH_PT - SIZE.san - 0.02);
/**
 * The body's line pitch: 28 pt, or the original's for a reprint with its pages (the article
 * sets --zb-line and --zb-masthead then; model.ts OriginalPrint). The masthead's own lines
 * stay on 28 pt.
 */
const LINE = `var(--zb-line, ${pt(LINE_PITCH_PT)})`;
const MASTHEAD_LINE = pt(LINE_PITCH_PT);

/** Rules shared by the screen and the print view, scoped under .zb-doc. */
function documentCss(): string {
  return `
.zb-doc { color: #000; font-family: ${STACK.fangsong}; font-size: ${SIZE.san}pt; line-height: ${LINE};
  letter-spacing: ${TRACKING}; orphans: 2; widows: 2; overflow-wrap: anywhere;
  /* 禁则: no line starts with ，。、；：）” and the like, none ends with （“. */
  line-break: strict;
  /* As Word sets Chinese: punctuation keeps its full width (28 characters a line, as the
     originals), and a little space separates Chinese from Latin letters and digits. */
  text-spacing-trim: space-all; text-autospace: normal; }
.zb-doc * { box-sizing: border-box; margin: 0; padding: 0; font-weight: normal; font-size: inherit; }
.zb-flow { width: ${TEXT_WIDTH_MM}mm; }
/* The masthead block: MASTHEAD.lines of the grid, title and issue line at the top, issuer line and
   rule at the foot. No Chinese–Latin spacing there: issuerLineFit counts the line without it. */
.zb-masthead { height: var(--zb-masthead, ${pt(MASTHEAD.lines * LINE_PITCH_PT)}); line-height: ${MASTHEAD_LINE}; display: flex; flex-direction: column; break-inside: avoid;
  text-autospace: no-autospace;
  padding-top: calc(${MASTHEAD.titleTopMm}mm - ${pt((MASTHEAD.titleLines * LINE_PITCH_PT - MASTHEAD.titlePt) / 2)}); }
.zb-masthead-foot { margin-top: auto; margin-bottom: ${MASTHEAD_LINE}; }
.zb-title { font-family: ${STACK.xiaobiaosong}; font-size: ${MASTHEAD.titlePt}pt; line-height: ${pt(MASTHEAD.titleLines * LINE_PITCH_PT)};
  color: #${RED}; text-align: center; letter-spacing: 0; }
.zb-issue-line { text-align: center; }
.zb-issuer-line.zb-inset { padding-left: 1em; padding-right: 1em; }
.zb-date { white-space: nowrap; }
.zb-issuer-line { display: flex; justify-content: space-between; gap: 1em; padding: 0 0 4pt; }
.zb-rule { position: relative; }
.zb-rule svg { position: absolute; left: 0; top: 0; width: 100%; height: 100%; overflow: visible; display: block; }
.zb-rule-masthead { height: ${RULE_MM.masthead}mm; fill: #${RED}; }
.zb-rule-thick { height: ${RULE_MM.thick}mm; fill: #000; }
.zb-rule-thin { height: ${RULE_MM.thin}mm; fill: #000; }
.zb-part { font-family: ${STACK.xiaobiaosong}; font-size: ${SIZE.er}pt; text-align: center; letter-spacing: 0; }
.zb-period { font-family: ${STACK.kaiti}; text-align: center; }
.zb-part, .zb-period, .zb-h { break-after: avoid; break-inside: avoid; }
.zb-h, .zb-p { text-indent: 2em; text-align: justify; }
.zb-h1 { font-family: ${STACK.heiti}; }
/* Headings on a shorter line than the body, as in the originals (layout.ts HEADING_LINE_PT). */
.zb-h { line-height: calc(${LINE} * ${HEADING_LINE_PT / LINE_PITCH_PT}); }
/* A paragraph the original's page ended in goes on unindented on the next page. */
.zb-p.zb-continued { text-indent: 0; }
.zb-h2 { font-family: ${STACK.kaiti}; }
/* Emphasis (inspection labels, leaders' departments) in 黑体 rather than fake-bold 仿宋 (see STACK). */
.zb-p strong { font-family: ${STACK.heiti}; }
.zb-attachment-note { margin-top: ${LINE}; padding-left: 5em; text-indent: -3em; }
.zb-attachment-note + .zb-attachment-note { margin-top: 0; text-indent: 0; }
/* Attachments keep 28 pt lines in a reprint too, as the DOCX's attachment section. */
.zb-attachment { line-height: ${MASTHEAD_LINE}; }
.zb-attachment-label { font-family: ${STACK.heiti}; break-after: avoid; }
.zb-attachment-title { font-family: ${STACK.xiaobiaosong}; font-size: ${SIZE.er}pt; text-align: center; letter-spacing: 0;
  margin: ${pt(LINE_PITCH_PT / 2)} 0; break-after: avoid; break-inside: avoid; }
.zb-table { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: ${TABLE.bodyPt}pt; line-height: ${TABLE.linePt}pt; letter-spacing: 0; }
.zb-table thead { display: table-header-group; }
.zb-table tr { break-inside: avoid; }
.zb-table th, .zb-table td { border: 0.5pt solid #000; padding: 1.4pt ${TABLE.paddingPt}pt; text-align: center; vertical-align: middle; word-break: break-all; }
.zb-table th { font-family: ${STACK.heiti}; font-size: ${TABLE.headerPt}pt; }
.zb-colophon-wrap { break-inside: avoid; }
.zb-colophon { font-size: ${SIZE.si}pt; letter-spacing: 0; }
.zb-colophon p { padding: 0 ${SIZE.si}pt; padding-left: calc(${SIZE.si}pt + 2em); text-indent: -2em; }
.zb-colophon .zb-copies { text-align: right; text-indent: 0; }
`;
}

/** The printed page: A4, the GB/T 9704 margins, and the page numbers in the bottom margin. */
function pageCss(): string {
  const m = PAGE.margin;
  const number = `content: "— " counter(page) " —"; font-family: ${STACK.songti}; font-size: ${PAGE_NUMBER.sizePt}pt;
    vertical-align: top; padding-top: ${PAGE_NUMBER.belowTextMm}mm;`;
  return `
@page { size: ${PAGE.widthMm}mm ${PAGE.heightMm}mm; margin: ${m.topMm}mm ${m.rightMm}mm ${m.bottomMm}mm ${m.leftMm}mm; }
@page :right { @bottom-right { ${number} text-align: right; padding-right: ${PAGE_NUMBER.insetPt}pt; } }
@page :left { @bottom-left { ${number} text-align: left; padding-left: ${PAGE_NUMBER.insetPt}pt; } }
html, body { margin: 0; padding: 0; background: #fff; }
.zb-attachment, .zb-break { break-before: page; }
/* Measuring pass (pdf/placeColophon): pages emulated by columns of the text block's size. */
.zb-flow.zb-measure { height: ${TEXT_HEIGHT_MM}mm; column-width: ${TEXT_WIDTH_MM}mm; column-gap: 10mm; column-fill: auto; }
.zb-measure .zb-attachment, .zb-measure .zb-break { break-before: column; }
@media screen {
  body { background: #eee; }
  /* border-box: the sheet is A4 wide margins included, centred (web/PageFrame crops to its text column by that). */
  .zb-doc { box-sizing: border-box; width: ${PAGE.widthMm}mm; margin: 16px auto; padding: ${m.topMm}mm ${m.rightMm}mm ${m.bottomMm}mm ${m.leftMm}mm; background: #fff; box-shadow: 0 1px 6px rgba(0,0,0,.2); }
  .zb-doc .zb-attachment { margin-top: ${LINE}; padding-top: ${LINE}; border-top: 1px dashed #999; }
}
`;
}

/**
 * The stylesheet of an issue. `page` adds @page rules (size, margins, page numbers) and
 * the print breaks, for a standalone document or the PDF; without it the rules are scoped
 * to .zb-doc so the web app can embed the issue.
 *
 * @example
 * issueCss({ page: true }).includes("@page"); // true
 */
export function issueCss({ page }: { page: boolean }): string {
  return LATIN_FACES + documentCss() + (page ? pageCss() : `.zb-doc .zb-attachment { margin-top: ${LINE}; }`);
}
