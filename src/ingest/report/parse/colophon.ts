import type { Distribution } from "../../../domain/index.js";
import type { ReportLine } from "../types.js";
import { COLOPHON, COPIES } from "./patterns.js";

const KEY: Record<string, keyof Distribution> = { 报: "report", 报送: "report", 抄报: "report", 送: "send", 抄送: "send", 分送: "send", 发: "issue" };

/**
 * The 版记 at the end of an issue: 报：/送：/发： recipients (a list may wrap onto the
 * next line) and the print run （共印N份）. Feed it lines in order.
 *
 * @example
 * const c = new Colophon(); c.add(line("发：各部门窗口。")); c.distribution().issue; // "各部门窗口"
 */
export class Colophon {
  private readonly values: Distribution = { report: null, send: null, issue: null };
  copies: number | null = null;
  private open: keyof Distribution | null = null;

  /** Whether the line starts a 版记 entry or carries the print run. */
  static starts(text: string): boolean {
    return COLOPHON.test(text) || /^[（]?共印\s*\d/.test(text);
  }

  /** Whether the line continues the entry before it (a wrapped recipient list). */
  continues(text: string): boolean {
    return this.open !== null && !Colophon.starts(text);
  }

  /** Adds a line; returns false when it is not part of the 版记. */
  add(line: ReportLine): boolean {
    let text = line.text;
    const copies = COPIES.exec(text);
    if (copies) {
      this.copies = Number(copies[1]);
      text = text.replace(copies[0], "").trim();
    }
    const m = COLOPHON.exec(text);
    if (m) {
      this.open = KEY[m[1]];
      this.values[this.open] = m[2];
    } else if (this.open && text) {
      this.values[this.open] = (this.values[this.open] ?? "") + text;
    } else if (text) return false;
    if (copies || (this.open && /。$/.test(this.values[this.open] ?? ""))) this.open = null;
    return true;
  }

  /** Recipients without the label and without the final 。 (DESIGN.md §4). */
  distribution(): Distribution {
    // The lookbehind starts a match only at the head of a run of 。: without it the
    // regex retries from each 。 of a long run followed by text, quadratic.
    const clean = (v: string | null) => (v === null ? null : v.replace(/(?<![。.])[。.]+$/, "") || null);
    return { report: clean(this.values.report), send: clean(this.values.send), issue: clean(this.values.issue) };
  }
}
