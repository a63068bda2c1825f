import { openSync, writeSync, closeSync } from "node:fs";

/** A row the import did not take: its line in the file (row number in a sheet) and why. */
export type Rejection = { line: number; reason: string; text: string };

/** How many rejections are kept in full for the result; every one is counted, and written to the rejects file. */
const KEEP = 1000;

/**
 * Collects rejected rows: all counted by kind, the first thousand kept in full, and —
 * when a file is given — every one written to it as CSV (行号,原因,内容) so that none is
 * silently dropped, however many there are.
 *
 * @example
 * const r = new Rejections(); r.add(7, "部门不在名录中", "部门“火星局”不在部门名录中", "…");
 * r.byKind; // { 部门不在名录中: 1 }
 */
export class Rejections {
  readonly kept: Rejection[] = [];
  readonly byKind: Record<string, number> = {};
  count = 0;
  private fd: number | null = null;

  constructor(file?: string) {
    if (file) {
      this.fd = openSync(file, "w");
      writeSync(this.fd, "\uFEFF行号,原因,内容\n");
    }
  }

  add(line: number, kind: string, reason: string, text: string): void {
    this.count++;
    this.byKind[kind] = (this.byKind[kind] ?? 0) + 1;
    if (this.kept.length < KEEP) this.kept.push({ line, reason, text });
    if (this.fd !== null) writeSync(this.fd, `${line},${csvCell(reason)},${csvCell(text)}\n`);
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

const csvCell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
