import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  RelativeHorizontalPosition,
  RelativeVerticalPosition,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from "./lib.js";
import { FONT, LINE_PITCH_TWIPS, RULE_PT, SIZE, TEXT_WIDTH_TWIPS } from "../layout.js";
import type { Colophon } from "../model.js";
import { textRun } from "./text.js";

const thick = { style: BorderStyle.SINGLE, size: RULE_PT.thick * 8, color: "000000" } as const;
const thin = { style: BorderStyle.SINGLE, size: RULE_PT.thin * 8, color: "000000" } as const;
const none = { style: BorderStyle.NONE, size: 0, color: "auto" } as const;
/** One character of 4号 in from the left and the right (GB/T 9704 7.4). */
const INSET = SIZE.si * 20;

function line(text: string, align: "left" | "right" = "left"): Paragraph {
  return new Paragraph({
    alignment: align === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
    spacing: { line: LINE_PITCH_TWIPS, lineRule: LineRuleType.EXACT },
    indent: { left: INSET, right: INSET, hanging: 0 },
    keepNext: true,
    keepLines: true,
    children: [textRun({ text }, { font: FONT.fangsong, sizePt: SIZE.si, offGrid: true })],
  });
}

/**
 * The 版记: one row per 报/送/发 line between rules — the first and last thick, the inner
 * ones thin — with （共印N份） at the right of the last row. The table floats to the bottom
 * of the last page (anchored to the margin), where GB/T 9704 puts it.
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
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH_TWIPS],
    layout: TableLayoutType.FIXED,
    float: {
      horizontalAnchor: TableAnchorType.MARGIN,
      relativeHorizontalPosition: RelativeHorizontalPosition.CENTER,
      verticalAnchor: TableAnchorType.MARGIN,
      relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
    },
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
