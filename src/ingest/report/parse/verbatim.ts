import type { Section, VerbatimParagraph } from "../../../domain/index.js";
import { newId } from "../../../domain/index.js";
import type { ReportLine } from "../types.js";
import { piecesOf, splitParagraphs, type Paragraph } from "./paragraphs.js";

/**
 * Text the importer could not place is kept, never dropped (issue 15): a section
 * keeps it as verbatim paragraphs marked for review, and text outside any section
 * (the masthead, before the first heading, the 版记, the attachment) goes to the
 * nearest section, so every content line of a past issue is printed again.
 */

/** A paragraph of source text the parser did not place, with its first line number. */
export type Kept = { text: string; line: number };

/**
 * Source lines as paragraphs, in their folded spelling (markdown debris gone).
 *
 * @example
 * keptParagraphs(lines); // [{ text: "（2）某厅某某……。", line: 31 }]
 */
export function keptParagraphs(lines: ReportLine[]): Kept[] {
  return splitParagraphs(piecesOf(lines.filter((l) => l.text))).flatMap((p) =>
    p.text.trim() && p.spans.length ? [{ text: p.text.trim(), line: p.spans[0].line.no }] : [],
  );
}

/**
 * The runs of a paragraph that none of `ranges` covers and that hold letters or digits:
 * what a data section's sentence does not reproduce (the figures it does are generated).
 *
 * @example
 * uncoveredText({ text: "据…统计，…件。另有说明。", spans }, [[0, 12]]); // [{ text: "另有说明。", line: 7 }]
 */
export function uncoveredText(p: Paragraph, ranges: [number, number][]): Kept[] {
  const covered = new Uint8Array(p.text.length);
  for (const [a, b] of ranges) covered.fill(1, Math.max(0, a), Math.min(p.text.length, b));
  const out: Kept[] = [];
  let start = -1;
  const flush = (end: number) => {
    const text = p.text.slice(start, end).replace(/^[，,、；;。\s]+/, "").trim();
    const span = p.spans.find((s) => s.end > start) ?? p.spans[p.spans.length - 1];
    if (/[\p{L}\p{N}]/u.test(text) && span) out.push({ text, line: span.line.no });
    start = -1;
  };
  for (let i = 0; i <= p.text.length; i++) {
    const free = i < p.text.length && !covered[i];
    if (free && start < 0) start = i;
    else if (!free && start >= 0) flush(i);
  }
  return out;
}

/**
 * Kept paragraphs as the model's verbatim paragraphs, not yet reviewed.
 *
 * @example
 * toVerbatim([{ text: "一段话。", line: 3 }])[0].reviewed; // false
 */
export function toVerbatim(kept: Kept[]): VerbatimParagraph[] {
  return kept.map((k) => ({ id: newId(), text: k.text, line: k.line, reviewed: false }));
}

/**
 * Puts text that stood outside every section into the nearest one: `before` (masthead,
 * lines before the first heading) at the head of the first section's verbatim
 * paragraphs, `after` (版记, attachment) at the end of the last section's.
 *
 * @example
 * keepOutside(sections, [{ text: "内部资料", line: 2 }], []); // sections[0].verbatim[0].text === "内部资料"
 */
export function keepOutside(sections: Section[], before: Kept[], after: Kept[]): void {
  if (!sections.length) return;
  if (before.length) {
    const first = sections[0];
    first.verbatim = [...toVerbatim(before), ...(first.verbatim ?? [])];
  }
  if (after.length) {
    let last = sections[sections.length - 1];
    while (last.children.length) last = last.children[last.children.length - 1];
    last.verbatim = [...(last.verbatim ?? []), ...toVerbatim(after)];
  }
}
