import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from "./lib.js";
import { TABLE, TEXT_WIDTH_TWIPS } from "../layout.js";
import type { Table as TableModel } from "../model.js";
import { TABLE_STYLE } from "./styles.js";
import { textRun } from "./text.js";

/** Column widths in twips that add up to the text width exactly (the last column takes the rest). */
export function columnTwips(shares: number[], total = TEXT_WIDTH_TWIPS): number[] {
  const widths = shares.map((s) => Math.floor(s * total));
  widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const CELL_LINE_TWIPS = TABLE.linePt * 20;
const PAD = TABLE.paddingPt * 20;

function cell(text: string, width: number, header: boolean, align: "left" | "center"): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        style: header ? TABLE_STYLE.header : TABLE_STYLE.text,
        ...(align === "left" ? { alignment: AlignmentType.LEFT } : {}),
        children: [textRun({ text })],
      }),
    ],
  });
}

/**
 * A table of fixed layout exactly as wide as the text block; the header row repeats on
 * every page and no row splits across pages.
 *
 * @example
 * docxTable(assessmentTable(attachment));
 */
export function docxTable(t: TableModel): Table {
  const widths = columnTwips(t.columns.map((c) => c.width));
  const row = (cells: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      height: { value: CELL_LINE_TWIPS + 56, rule: HeightRule.ATLEAST },
      children: cells.map((text, i) => cell(text, widths[i], header, t.columns[i].align)),
    });
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    margins: { left: PAD, right: PAD, top: 28, bottom: 28 },
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [row(t.columns.map((c) => c.header), true), ...t.rows.map((r) => row(r, false))],
  });
}
