import { createHash } from "node:crypto";
import { measureCode } from "../../store/repositories/ledgerTypes.js";
import { DESK_TYPE_HINT, deskMeasure } from "./categories.js";
import { dayOfCell } from "./dates.js";
import { cellText, LedgerSink, Lookup, type SinkContext } from "./ledgerSink.js";
import type { ColumnIndexes } from "./mapping.js";

/**
 * Turns records of a front-desk export into desk events: 业务类型 → measure (咨询 /
 * 受理 / 颁发 / 流转), 部门 → department, 事项名称 → matter, 发生时间 → day.
 *
 * An event's key is its 流水号 when the export has one. Otherwise it is a digest of the
 * row (time as printed, type, department, matter) plus how many identical rows came
 * before it in the file: re-importing the file, or an export that overlaps it, gives
 * every event the same key again, and two identical events stay two.
 *
 * @example
 * await readXlsx("台账.xlsx", new DeskRows(ctx));
 */
export class DeskRows extends LedgerSink {
  private c: ColumnIndexes = {};
  private readonly types: Lookup;
  private readonly departments: Lookup;
  private readonly seen = new Map<string, number>();

  constructor(ctx: SinkContext) {
    super(ctx);
    this.types = new Lookup((t) => {
      const m = deskMeasure(t);
      return m ? measureCode(m) : 0;
    }, ctx.decode);
    this.departments = new Lookup(ctx.department, ctx.decode);
  }

  protected onHeader(cols: ColumnIndexes): void {
    this.c = cols;
  }

  protected row(buf: Uint8Array, starts: Int32Array, ends: Int32Array, n: number, line: number): void {
    const fields: string[] = [];
    for (let i = 0; i < n; i++) fields.push(this.ctx.decode(buf, starts[i], ends[i]));
    this.rowValues(fields, line);
  }

  protected rowValues(fields: unknown[], line: number): void {
    this.batch.rowsRead++;
    const text = (i: number) => (i >= 0 && i < fields.length ? cellText(fields[i]).trim() : "");
    const all = fields.map(cellText);
    if (all.every((f) => !f.trim())) return void this.batch.rowsRead--;
    if (fields.length < this.required) return this.reject(line, "列数不足", `列数不足：只有 ${fields.length} 列，少于必需的 ${this.required} 列`, all.join(","));
    const type = this.types.text(text(this.c.type));
    if (!type) return this.reject(line, "业务类型不认识", text(this.c.type) ? `业务类型“${text(this.c.type)}”不是${DESK_TYPE_HINT}` : "业务类型为空", all.join(","));
    const dept = this.departments.text(text(this.c.department));
    if (!dept)
      return this.reject(line, "部门不在名录中", text(this.c.department) ? `部门“${text(this.c.department)}”不在部门名录中` : "部门为空", all.join(","));
    const day = dayOfCell(fields[this.c.occurredAt] ?? "");
    if (!day) return this.reject(line, "日期不对", text(this.c.occurredAt) ? `发生时间“${text(this.c.occurredAt)}”不是有效的日期` : "发生时间为空", all.join(","));
    const matter = this.c.matter >= 0 ? this.matterIds.text(text(this.c.matter)) : 0;
    const key = this.eventKey(text(this.c.eventNo), [text(this.c.occurredAt), text(this.c.type), text(this.c.department), text(this.c.matter)]);
    this.batch.keys.push(key);
    if (!/^[\x00-\x7f]*$/.test(key)) this.batch.asciiKeys = false;
    this.push([type, dept, matter, day]);
  }

  private eventKey(serial: string, parts: string[]): string {
    if (serial) return serial;
    const digest = createHash("sha1").update(parts.join("\u0001")).digest("base64url").slice(0, 20);
    const n = (this.seen.get(digest) ?? 0) + 1;
    this.seen.set(digest, n);
    return `#${digest}-${n}`;
  }
}
