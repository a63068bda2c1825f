import { toLines } from "../text/lines.js";
import { foldWidth } from "../text/fold.js";

/**
 * Text, not only facts (issue 15): what a past issue printed must be printed again.
 * A source line counts as content unless it is layout noise (page numbers, the running
 * header, table rules, markdown debris); the rendered text covers a line when nearly all
 * of its character pairs occur in it — generated sentences may differ in a word (办结 /
 * 累计办结) or in how a department is named, but a dropped paragraph shows at once.
 */

const NOISE = [/^[—－\-–]*\s*\d{1,3}\s*[—－\-–]*$/, /^窗\s*口\s*工\s*作\s*周\s*报$/, /^[|:\-\s]+$/];

/** Letters and digits only: what a line says, without layout and punctuation (其他 printed as the template's 其它). */
export const squashText = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, "").replace(/其他/g, "其它");

/** Department aliases → canonical names: the importer resolves them (应急厅 is printed 应急管理厅). */
export type Spellings = { aliases: string[]; name: string }[];

function canonicalize(s: string, spellings: Spellings): string {
  const byAlias = new Map(spellings.flatMap((d) => d.aliases.map((a) => [squashText(a), d.name] as const)));
  if (!byAlias.size) return s;
  const pattern = new RegExp([...byAlias.keys()].sort((a, b) => b.length - a.length).join("|"), "g");
  return s.replace(pattern, (a) => byAlias.get(a) ?? a);
}

/**
 * The content lines of an extracted report, folded as the importer reads them.
 *
 * @example
 * contentLines("窗口工作周报\n—8—\n一、政务工作动态"); // ["窗口工作周报", "一、政务工作动态"]
 */
export function contentLines(source: string): string[] {
  return toLines(source)
    .map((l) => l.text.trim())
    .filter((t) => squashText(t).length > 0 && !NOISE.some((re) => re.test(t)));
}

const pairs = (s: string) => Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));

/**
 * The content lines of `source` that `rendered` does not cover (≥ 90% of a line's
 * character pairs must occur in it; a one-character line must occur as such).
 *
 * @example
 * uncoveredLines(["一段被丢掉的话。"], "别的文字"); // ["一段被丢掉的话。"]
 */
export function uncoveredLines(lines: string[], rendered: string, spellings: Spellings = []): string[] {
  const text = squashText(rendered);
  const known = new Set(pairs(text));
  const covered = (s: string) => {
    if (text.includes(s)) return true;
    const p = pairs(s);
    return p.length > 0 && p.filter((x) => known.has(x)).length / p.length >= 0.9;
  };
  return lines.filter((line) => {
    const s = squashText(line);
    return !covered(s) && !covered(canonicalize(s, spellings));
  });
}

/**
 * The numbers of the source (digit runs; thousands separators removed, a space or a cell
 * border ends a number) that `rendered` prints fewer times than the source does.
 *
 * @example
 * missingNumbers("受理 26,641 件", "受理26641件"); // []
 */
export function missingNumbers(source: string, rendered: string): string[] {
  const count = (s: string) => {
    const m = new Map<string, number>();
    for (const n of foldWidth(s).replace(/(?<=\d),(?=\d{3})/g, "").match(/\d+(?:\.\d+)?/g) ?? []) m.set(n, (m.get(n) ?? 0) + 1);
    return m;
  };
  const have = count(rendered);
  // A figure the extraction wrapped ("流转 118" / "74件") is one number.
  const content = toLines(source)
    .filter((l) => contentLines(l.raw).length > 0)
    .map((l) => l.raw.trim())
    .reduce((all, raw) => all + (/\d$/.test(all) && /^\d+[^\s\d.]/.test(raw) ? "" : "\n") + raw, "");
  return [...count(content)].flatMap(([n, k]) => ((have.get(n) ?? 0) >= k ? [] : [`${n}×${k - (have.get(n) ?? 0)}`]));
}
