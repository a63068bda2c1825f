import { loadExcel } from "../../ingest/ledger/excel.js";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type SheetCell = string | number | null;
export type SheetColumn = { header: string; width: number };
/** One worksheet: a title row above the header row, then the data, numbers kept as numbers so Excel can sum them. */
export type Sheet = { name: string; title: string; columns: SheetColumn[]; rows: SheetCell[][] };

/**
 * A workbook of plain tables with Chinese headers, frozen below the header and filtered.
 * exceljs comes through loadExcel (its reader is patched before it first loads).
 *
 * @example
 * const bytes = await xlsxOf([{ name: "考核结果", title: "2026年10月考核", columns: [{ header: "部门窗口", width: 24 }], rows: [["水利厅"]] }]);
 */
export async function xlsxOf(sheets: Sheet[]): Promise<Buffer> {
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  wb.creator = "zhoubao";
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { views: [{ state: "frozen", ySplit: 2 }] });
    ws.columns = s.columns.map((c) => ({ width: c.width }));
    ws.mergeCells(1, 1, 1, Math.max(1, s.columns.length));
    const title = ws.getCell(1, 1);
    title.value = s.title;
    title.font = { bold: true, size: 14 };
    title.alignment = { horizontal: "center" };
    const header = ws.addRow(s.columns.map((c) => c.header));
    header.font = { bold: true };
    header.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    for (const r of s.rows) ws.addRow(r);
    if (s.columns.length) ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: s.columns.length } };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
