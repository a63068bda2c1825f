import type { Run } from "../model.js";

/**
 * User text as printed paragraphs: one per line, trimmed, blank lines dropped.
 *
 * @example
 * paragraphsOf("第一段。\n\n 第二段。"); // ["第一段。", "第二段。"]
 */
export function paragraphsOf(text: string | null | undefined): string[] {
  return (text ?? "")
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/**
 * Runs of `text` with each of `terms` set bold at its next occurrence, in order
 * (the departments of the leaders in 厅（局）长进大厅 are printed bold).
 *
 * @example
 * emphasize("本周，司法厅二级巡视员…", ["司法厅"]); // [{text:"本周，"},{text:"司法厅",bold:true},{text:"二级巡视员…"}]
 */
export function emphasize(text: string, terms: string[]): Run[] {
  const runs: Run[] = [];
  let cursor = 0;
  for (const term of terms) {
    if (!term) continue;
    const at = text.indexOf(term, cursor);
    if (at < 0) continue;
    if (at > cursor) runs.push({ text: text.slice(cursor, at) });
    runs.push({ text: term, bold: true });
    cursor = at + term.length;
  }
  if (cursor < text.length) runs.push({ text: text.slice(cursor) });
  return runs;
}

/** A score as printed: 109.5, 100, -12 (no float noise such as 0.30000000000000004). */
export function formatScore(n: number): string {
  return String(Number(n.toFixed(2)));
}

/** Recipients as printed in the 版记: with the final 。 */
export function withFullStop(s: string): string {
  const t = s.trim();
  return /[。.]$/.test(t) ? t : `${t}。`;
}

export { widthInEms } from "../../domain/present/width.js";
