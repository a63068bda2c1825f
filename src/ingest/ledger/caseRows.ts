import { categoryCode } from "../../store/repositories/ledgerTypes.js";
import { CASE_KIND_HINT, caseCategory } from "./categories.js";
import { CasePrefixes } from "./casePrefixes.js";
import { dayOfBytes, dayOfCell, dayOfText } from "./dates.js";
import { cellText, LedgerSink, Lookup, type SinkContext } from "./ledgerSink.js";
import type { ColumnIndexes } from "./mapping.js";

const isSpace = (c: number) => c === 32 || c === 9;

/**
 * A case number as exported: Excel's text markers ('123, ="123") and spaces removed.
 *
 * @example
 * normalizeCaseNo('="5100002023"'); // "5100002023"
 */
export function normalizeCaseNo(s: string): string {
  const c = s.charCodeAt(0);
  if (c !== 61 && c !== 39 && c > 32 && s.charCodeAt(s.length - 1) > 32) return s; // the common case: nothing to do
  return s
    .trim()
    .replace(/^="(.*)"$/, "$1")
    .replace(/^'/, "")
    .trim();
}

/**
 * Turns records of a case export into case rows: 办件编号, 事项类型 → category, 部门 →
 * department id (aliases resolved), 事项名称 → matter id, 受理/办结时间 → days. Rows it
 * cannot take are rejected with their line and a reason.
 *
 * The byte path (`row`) is the hot loop of a 22-million-row import: kinds, departments
 * and matters are looked up by their bytes, the common date spelling is read from bytes,
 * and an ASCII case number is split into prefix id and tail from its bytes: the row
 * makes no string at all.
 *
 * @example
 * await readCsv(source, { skip: 0, decode }, new CaseRows(ctx));
 */
export class CaseRows extends LedgerSink {
  private key = 0;
  private kind = 0;
  private dept = 0;
  private matter = -1;
  private accepted = 0;
  private completed = -1;
  private readonly kinds: Lookup;
  private readonly departments: Lookup;
  private readonly prefixes: CasePrefixes;

  constructor(ctx: SinkContext) {
    super(ctx);
    this.prefixes = new CasePrefixes(ctx.prefixes, ctx.decode, (e) => this.batch.newPrefixes.push(e));
    this.kinds = new Lookup((t) => {
      const c = caseCategory(t);
      return c ? categoryCode(c) : 0;
    }, ctx.decode);
    this.departments = new Lookup(ctx.department, ctx.decode);
  }

  protected onHeader(c: ColumnIndexes): void {
    [this.key, this.kind, this.dept, this.matter, this.accepted, this.completed] = [c.caseNo, c.kind, c.department, c.matter, c.acceptedAt, c.completedAt];
  }

  protected row(buf: Uint8Array, starts: Int32Array, ends: Int32Array, n: number, line: number): void {
    const b = this.batch;
    b.rowsRead++;
    if (n < this.fieldLimit && n < this.required) return this.short(buf, starts, ends, n, line);
    let a = starts[this.key];
    let z = ends[this.key];
    while (a < z && isSpace(buf[a])) a++;
    while (z > a && isSpace(buf[z - 1])) z--;
    let plain = a < z && buf[a] !== 61 && buf[a] !== 39 && buf[a] > 32 && buf[z - 1] > 32; // not ="…" nor '…
    for (let i = a; plain && i < z; i++) if (buf[i] > 127) plain = false;
    // Rare spellings (Excel's text markers, non-ASCII) go through a string; rejections show the key.
    const text = plain ? "" : this.keyText(buf, a, z);
    if (!plain && !text) return this.noKey(this.lineText(buf, starts, ends, n), line);
    const kind = this.kinds.bytes(buf, starts[this.kind], ends[this.kind]);
    if (!kind) return this.badKind(this.ctx.decode(buf, starts[this.kind], ends[this.kind]), line, text || this.keyText(buf, a, z));
    const dept = this.departments.bytes(buf, starts[this.dept], ends[this.dept]);
    if (!dept) return this.badDepartment(this.ctx.decode(buf, starts[this.dept], ends[this.dept]), line, text || this.keyText(buf, a, z));
    const matter = this.matter >= 0 && this.matter < n ? this.matterIds.bytes(buf, starts[this.matter], ends[this.matter]) : 0;
    let acc = dayOfBytes(buf, starts[this.accepted], ends[this.accepted]);
    if (acc < 0) acc = dayOfText(this.ctx.decode(buf, starts[this.accepted], ends[this.accepted]));
    let comp = 0;
    if (this.completed >= 0 && this.completed < n) {
      const [ca, cz] = [starts[this.completed], ends[this.completed]];
      comp = dayOfBytes(buf, ca, cz);
      if (comp < 0) {
        const t = this.ctx.decode(buf, ca, cz).trim();
        comp = t ? dayOfText(t) || -1 : 0;
      }
    }
    if (acc <= 0 || comp < 0 || (comp > 0 && comp < acc))
      return this.badDates(this.ctx.decode(buf, starts[this.accepted], ends[this.accepted]), this.completed >= 0 && this.completed < n ? this.ctx.decode(buf, starts[this.completed], ends[this.completed]) : "", line, text || this.keyText(buf, a, z));
    const i = b.size;
    const c = b.columns;
    c[0][i] = kind;
    c[1][i] = dept;
    c[2][i] = matter;
    c[3][i] = acc;
    c[4][i] = comp;
    if (plain) {
      b.casePrefixes[i] = this.prefixes.ofBytes(buf, a, z);
      b.caseTails[i] = this.prefixes.tail;
    } else [b.casePrefixes[i], b.caseTails[i]] = this.prefixes.ofText(text);
    this.pushed();
  }

  /** The case number in buf[a, z) as text, Excel's markers removed. */
  private keyText(buf: Uint8Array, a: number, z: number): string {
    return normalizeCaseNo(this.ctx.decode(buf, a, z));
  }

  protected rowValues(fields: unknown[], line: number): void {
    this.batch.rowsRead++;
    const text = (i: number) => (i >= 0 && i < fields.length ? cellText(fields[i]) : "");
    if (fields.every((f) => !cellText(f).trim())) return void this.batch.rowsRead--;
    const raw = this.key < fields.length ? fields[this.key] : "";
    if (typeof raw === "number" && !Number.isSafeInteger(raw))
      return this.reject(line, "办件编号失真", `办件编号 ${raw} 是超过 15 位的数字，已被表格软件改写；请在导出时把这一列设为文本`, fields.map(cellText).join(","));
    const key = normalizeCaseNo(text(this.key));
    if (!key) return this.noKey(fields.map(cellText).join(","), line);
    const kind = this.kinds.text(text(this.kind));
    if (!kind) return this.badKind(text(this.kind), line, key);
    const dept = this.departments.text(text(this.dept));
    if (!dept) return this.badDepartment(text(this.dept), line, key);
    const matter = this.matter >= 0 ? this.matterIds.text(text(this.matter)) : 0;
    const acc = dayOfCell(fields[this.accepted]);
    const compCell = this.completed >= 0 && this.completed < fields.length ? fields[this.completed] : "";
    const comp = cellText(compCell).trim() ? dayOfCell(compCell) || -1 : 0;
    if (acc <= 0 || comp < 0 || (comp > 0 && comp < acc)) return this.badDates(text(this.accepted), cellText(compCell), line, key);
    const b = this.batch;
    [b.casePrefixes[b.size], b.caseTails[b.size]] = this.prefixes.ofText(key);
    this.push([kind, dept, matter, acc, comp]);
  }

  /** A row without a case number: a blank row such as ",,,,," is passed over, anything else rejected. */
  private noKey(text: string, line: number): void {
    if (!text.replace(/[,\t;\s]/g, "")) return void this.batch.rowsRead--;
    this.reject(line, "办件编号为空", "办件编号为空", text);
  }

  private short(buf: Uint8Array, starts: Int32Array, ends: Int32Array, n: number, line: number): void {
    const text = this.lineText(buf, starts, ends, n);
    if (!text.replace(/[,\t;\s]/g, "")) return void this.batch.rowsRead--; // a blank row such as ",,,,,"
    this.reject(line, "列数不足", `列数不足：只有 ${n} 列，少于必需的 ${this.required} 列`, text);
  }

  private lineText(buf: Uint8Array, starts: Int32Array, ends: Int32Array, n: number): string {
    return n ? this.ctx.decode(buf, starts[0], ends[n - 1]) : "";
  }

  private badKind(kind: string, line: number, key: string): void {
    const k = kind.trim();
    this.reject(line, "事项类型不认识", k ? `事项类型“${k}”不是${CASE_KIND_HINT}` : "事项类型为空", key);
  }

  private badDepartment(dept: string, line: number, key: string): void {
    const d = dept.trim();
    this.reject(line, "部门不在名录中", d ? `部门“${d}”不在部门名录中（可在部门管理中添加简称后重新导入）` : "部门为空", key);
  }

  private badDates(accepted: string, completed: string, line: number, key: string): void {
    const [a, c] = [accepted.trim(), completed.trim()];
    const acc = dayOfText(a) || dayOfCell(a);
    const reason = !a
      ? "受理时间为空"
      : !acc
        ? `受理时间“${a}”不是有效的日期`
        : !(dayOfText(c) || dayOfCell(c))
          ? `办结时间“${c}”不是有效的日期`
          : `办结时间“${c}”早于受理时间“${a}”`;
    this.reject(line, reason.startsWith("办结时间") && reason.includes("早于") ? "办结早于受理" : "日期不对", reason, key);
  }
}
