import { SEED_DEPARTMENTS } from "../../domain/index.js";

/**
 * Noise of real extractions (DESIGN.md §3), applied to a clean report text so tests
 * can check that the facts do not change: each variant stresses one kind, `combined`
 * stacks them. Deterministic: randomness comes from a seeded PRNG.
 *
 * @example
 * NOISE_VARIANTS["page-breaks"](readFileSync("fixtures/2022-38.txt", "utf8"));
 */

/** A small seeded PRNG (mulberry32): the same seed gives the same noise. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const lines = (text: string) => text.split(/\r?\n/);
const isTableRow = (line: string) => line.includes("\t");
const CLOSING = /^[，。、；：！？）》”’」』%]/;
const cjkWidth = (c: string) => (c.charCodeAt(0) < 0x2000 ? 0.5 : 1);

/**
 * Lines wrapped at a fixed width as a PDF extraction does, with a blank line after each.
 *
 * @example
 * brokenLines("一二三四五六", 3); // "一二三\n\n四五六\n"
 */
export function brokenLines(text: string, width = 29): string {
  const out: string[] = [];
  for (const line of lines(text)) {
    if (!line.trim()) continue;
    if (isTableRow(line)) {
      out.push(line, "");
      continue;
    }
    let cur = "";
    let w = 0;
    for (const c of line) {
      // Chinese typesetting never starts a line with closing punctuation.
      if (w >= width && !CLOSING.test(c)) {
        out.push(cur, "");
        [cur, w] = ["", 0];
      }
      cur += c;
      w += cjkWidth(c);
    }
    if (cur) out.push(cur, "");
  }
  return out.join("\n");
}

/**
 * One or two blank lines between every line.
 *
 * @example
 * blankLines("a\nb"); // "a\n\nb\n" (or with two blank lines, per the seed)
 */
export function blankLines(text: string, seed = 1): string {
  const r = prng(seed);
  return lines(text).flatMap((l) => (r() < 0.5 ? [l, ""] : [l, "", ""])).join("\n");
}

/**
 * Spaces around figures and inside dates.
 *
 * @example
 * spacedNumbers("受理688412件"); // "受理 688412 件"
 */
export function spacedNumbers(text: string): string {
  return lines(text)
    .map((l) => (isTableRow(l) ? l : l.replace(/(\d+(?:\.\d+)?)/g, " $1 ").replace(/^ +/, "")))
    .join("\n");
}

const FULL = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const HALF = (s: string) => s.replace(/（/g, "(").replace(/）/g, ")").replace(/，/g, ",").replace(/：/g, ":").replace(/；/g, ";");

/**
 * Half- and full-width mixed line by line; 其它 spelled 其他 and back.
 *
 * @example
 * mixedWidths("（三）其它工作开展情况"); // e.g. "(三)其他工作开展情况"
 */
export function mixedWidths(text: string, seed = 2): string {
  const r = prng(seed);
  return lines(text)
    .map((l) => {
      const x = r();
      const swapped = l.replace(/其它/g, "\u0000").replace(/其他/g, "其它").replace(/\u0000/g, "其他");
      return x < 0.33 ? FULL(swapped) : x < 0.66 ? HALF(swapped) : FULL(HALF(swapped));
    })
    .join("\n");
}

const DEPARTMENT_NAMES = SEED_DEPARTMENTS.flatMap((d) => [d.name, ...d.aliases]).sort((a, b) => b.length - a.length);
const NAME_PATTERN = new RegExp(DEPARTMENT_NAMES.map((n) => n.replace(/[()（）]/g, "\\$&")).join("|"), "g");

/**
 * Markdown debris of a copy through a chat tool: ## headings, - bullets, **bold** names and labels.
 *
 * @example
 * markdownDebris("三、大厅巡查情况"); // "## 三、大厅巡查情况"
 */
export function markdownDebris(text: string): string {
  return lines(text)
    .map((l) => {
      if (isTableRow(l) || !l.trim()) return l;
      if (/^[一二三四五六七八九十]+、/.test(l)) return `## ${l}`;
      if (/^[（(][一二三四五六七八九十]+[）)]/.test(l) && /。/.test(l))
        return `- ${l.replace(/^([（(][一二三四五六七八九十]+[）)])([^。]+。)/, "$1**$2**")}`;
      if (/^[（(]\d+[）)]|^\d+\./.test(l)) return `- ${l.replace(NAME_PATTERN, "**$&**")}`;
      return l.replace(NAME_PATTERN, "**$&**");
    })
    .join("\n");
}

/**
 * Page footers and the running header inserted every `every` lines, mid-paragraph too.
 *
 * @example
 * pageBreaks("甲\n乙", 1); // "甲\n\n— 1 —\n\n\f窗 口 工 作 周 报\n\n乙…"
 */
export function pageBreaks(text: string, every = 9): string {
  const out: string[] = [];
  let page = 1;
  let count = 0;
  const footers = [(n: number) => `— ${n} —`, (n: number) => `- ${n} -`, (n: number) => `－${n}－`, (n: number) => `第 ${n} 页`];
  for (const l of lines(text)) {
    out.push(l);
    if (l.trim() && !isTableRow(l) && ++count % every === 0) {
      out.push("", footers[page % footers.length](page), "", `\f窗 口 工 作 周 报`, "");
      page++;
    }
  }
  return out.join("\n");
}

/**
 * Layout spacing of a justified PDF line (spaces between characters); tables aligned with spaces.
 *
 * @example
 * layoutSpacing("窗口工作周报"); // e.g. "窗 口 工 作 周 报"
 */
export function layoutSpacing(text: string, seed = 3): string {
  const r = prng(seed);
  return lines(text)
    .map((l) => {
      if (isTableRow(l)) return l.split("\t").map((c) => c.padEnd(12, " ")).join("  ").trimEnd();
      if (r() < 0.4) return [...l].join(" ");
      return r() < 0.5 ? `    ${l}` : l;
    })
    .join("\n");
}

/**
 * Department names as short names, as windows write them.
 *
 * @example
 * shortNames("应急管理厅"); // "应急厅"
 */
export function shortNames(text: string): string {
  let out = text;
  for (const d of SEED_DEPARTMENTS) if (d.aliases.length) out = out.split(d.name).join(d.aliases[0]);
  return out;
}

/**
 * Windows line ends and trailing spaces.
 *
 * @example
 * crlf("a\nb"); // "a  \r\nb  "
 */
export function crlf(text: string): string {
  return lines(text).map((l) => `${l}  `).join("\r\n");
}

export const NOISE_VARIANTS: Record<string, (text: string) => string> = {
  "broken-lines": (t) => brokenLines(t),
  "blank-lines": (t) => blankLines(t),
  "spaced-numbers": spacedNumbers,
  "mixed-widths": (t) => mixedWidths(t),
  "markdown-debris": markdownDebris,
  "page-breaks": (t) => pageBreaks(brokenLines(t)),
  "layout-spacing": (t) => layoutSpacing(t),
  "short-names": shortNames,
  crlf,
  combined: (t) => crlf(mixedWidths(pageBreaks(markdownDebris(spacedNumbers(brokenLines(shortNames(t))))), 7)),
};
