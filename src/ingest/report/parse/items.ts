import type { ItemNumbering } from "../../../domain/index.js";
import type { ReportLine } from "../types.js";
import { ITEM, toNumber } from "./patterns.js";
import type { Piece } from "./paragraphs.js";

export type NumberedItem = { number: number; pieces: Piece[] };
export type ItemSplit = { intro: Piece[]; items: NumberedItem[]; numbering: ItemNumbering };

/** Item starts: （1） / 1. (news, level 3) and （一） (inspection). */
const CN_ITEM = /^（([一二三四五六七八九十]{1,3})）\s*(.*)$/;

/**
 * Splits a section's lines into an intro and numbered items. A line starts an item
 * only when it carries the next number in sequence (1 first, then n + 1), so a
 * broken line that happens to begin with "2." inside item 5 stays where it belongs.
 *
 * @example
 * splitItems(lines).items.map((i) => i.number); // [1, 2, 3, 4]
 */
export function splitItems(lines: ReportLine[], style: "arabic" | "chinese" = "arabic"): ItemSplit {
  const intro: Piece[] = [];
  const items: NumberedItem[] = [];
  let numbering: ItemNumbering = "none";
  for (const line of lines) {
    const start = itemStart(line.text, style);
    if (start && start.number === items.length + 1) {
      if (!items.length) numbering = start.numbering;
      items.push({ number: start.number, pieces: [{ line, text: start.rest }] });
    } else if (items.length) items[items.length - 1].pieces.push({ line, text: line.text });
    else intro.push({ line, text: line.text });
  }
  return { intro, items, numbering };
}

function itemStart(
  text: string,
  style: "arabic" | "chinese",
): { number: number; rest: string; numbering: ItemNumbering } | null {
  if (style === "chinese") {
    const m = CN_ITEM.exec(text);
    return m ? { number: toNumber(m[1]), rest: m[2], numbering: "paren" } : null;
  }
  const m = ITEM.exec(text);
  if (!m) return null;
  return m[1] !== undefined
    ? { number: Number(m[1]), rest: m[3], numbering: "paren" }
    : { number: Number(m[2]), rest: m[3], numbering: "dot" };
}
