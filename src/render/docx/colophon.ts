import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from "./lib.js";
import { FONT, LINES_PER_PAGE, MARGIN_TWIPS, LINE_PITCH_TWIPS, RULE_PT, SIZE, TEXT_WIDTH_TWIPS } from "../layout.js";
import type { Colophon } from "../model.js";
import { textRun } from "./text.js";

const thick = { style: BorderStyle.SINGLE, size: RULE_PT.thick * 8, color: "000000" } as const;
const thin = { style: BorderStyle.SINGLE, size: RULE_PT.thin * 8, color: "000000" } as const;
const none = { style: BorderStyle.NONE, size: 0, color: "auto" } as const;
/** One character of 4号 in from the left and the right (GB/T 9704 7.4). */
const INSET = SIZE.si * 20;
/** Wrapped lines of 报：/送：/发： start under the recipients, two characters in. */
const LABEL = 2 * SIZE.si * 20;
const LINE_ROOM = TEXT_WIDTH_TWIPS - 2 * INSET - LABEL;

/** How many lines a 版记 paragraph takes: full-width characters one 4号 em, ASCII half. */
export function colophonLineCount(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x2000 ? INSET / 2 : INSET;
  return Math.max(1, Math.ceil((width - LABEL) / LINE_ROOM));
}

function line(text: string, align: "left" | "right" = "left"): Paragraph {
  return new Paragraph({
    alignment: align === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
    spacing: { line: LINE_PITCH_TWIPS, lineRule: LineRuleType.EXACT },
    indent: align === "right" ? { left: INSET, right: INSET } : { left: INSET + LABEL, right: INSET, hanging: LABEL },
    keepNext: true,
    keepLines: true,
    children: [textRun({ text }, { font: FONT.fangsong, sizePt: SIZE.si })],
  });
}

/**
 * The 版记: one row per 报/送/发 line between rules — the first and last thick, the inner
 * ones thin — with （共印N份） at the right of the last row. The table floats at the foot of
 * the last page, where GB/T 9704 puts it: its rows are whole lines of the grid, so its height
 * is known and it is placed at an absolute offset from the top margin, its last rule on the
 * 22nd line's foot. (LibreOffice ignores tblpYSpec="bottom", so no relative position.)
 *
 * @example
 * colophonTable({ lines: [{ label: "发", text: "各部门窗口。" }], copies: "（共印80份）" });
 */
export function colophonTable(c: Colophon): Table {
  const rows = c.lines.map((l) => [line(`${l.label}：${l.text}`)]);
  if (c.copies) {
    if (!rows.length) rows.push([]);
    rows[rows.length - 1].push(line(c.copies, "right"));
  }
  const lines = c.lines.reduce((n, l) => n + colophonLineCount(`${l.label}：${l.text}`), c.copies ? 1 : 0);
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH_TWIPS],
    layout: TableLayoutType.FIXED,
    float: {
      // Anchored to the page, not the margin: LibreOffice 7.4 floats a table only when it is
      // narrower than its anchor's width, and this one is exactly as wide as the text block.
      horizontalAnchor: TableAnchorType.PAGE,
      absoluteHorizontalPosition: MARGIN_TWIPS.left,
      verticalAnchor: TableAnchorType.MARGIN,
      absoluteVerticalPosition: Math.max(0, LINES_PER_PAGE - lines) * LINE_PITCH_TWIPS,
    },
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    borders: { top: thick, bottom: thick, left: none, right: none, insideHorizontal: thin, insideVertical: none },
    rows: rows.map(
      (children) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
              margins: { left: 0, right: 0, top: 0, bottom: 0 },
              children,
            }),
          ],
        }),
    ),
  });
}
