import { diffWords } from "diff";
import type { IssueDocument } from "../model/issue.js";
import type { Section } from "../model/section.js";
import { printedParts } from "../present/printed.js";
import { figureDeltas } from "./figures.js";
import type { IssueComparison, SectionChange, TextRun } from "./model.js";

type Placed = { section: Section; key: string };

// Word-level for Chinese: the segmenter cuts 开展业务培训 into words, so a changed figure
// or an inserted word is marked as a whole instead of as scattered characters.
const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

/** Every section in document order, keyed by the headings from the top down to it. */
function placed(sections: Section[], above = ""): Placed[] {
  return sections.flatMap((s) => {
    const key = `${above}/${s.heading.replace(/\s+/g, "")}`;
    return [{ section: s, key }, ...placed(s.children, key)];
  });
}

/** What a section prints under its heading, one line per paragraph (verbatim paragraphs last, as printed). */
export function printedText(s: Section): string {
  return [...printedParts(s.content).map((p) => p.text), ...(s.verbatim ?? []).map((v) => v.text)].join("\n");
}

/**
 * The text runs of `after` against `before`, marked word by word.
 *
 * @example
 * markedText("受理12345件", "受理12666件"); // [{op:"same",text:"受理"},{op:"removed",text:"12345"},{op:"added",text:"12666"},{op:"same",text:"件"}]
 */
export function markedText(before: string, after: string): TextRun[] {
  if (before === after) return after ? [{ op: "same", text: after }] : [];
  return diffWords(before, after, { intlSegmenter: segmenter }).map((c) => ({ op: c.added ? "added" : c.removed ? "removed" : "same", text: c.value }));
}

/**
 * The match of each section of `current` in `previous`: the same headings from the top
 * down (a new issue copies the previous tree, with new ids); else, for a kind that occurs
 * once in both (the statistics sections), that one.
 */
function matches(current: Placed[], previous: Placed[]): Map<Placed, Placed> {
  const byKey = new Map(previous.map((p) => [p.key, p]));
  const onlyOfKind = (list: Placed[]) => {
    const seen = new Map<string, Placed | null>();
    for (const p of list) {
      const k = p.section.content.kind;
      seen.set(k, seen.has(k) ? null : p);
    }
    return seen;
  };
  const prevOnly = onlyOfKind(previous);
  const curOnly = onlyOfKind(current);
  const out = new Map<Placed, Placed>();
  const used = new Set<Placed>();
  for (const c of current) {
    const p = byKey.get(c.key);
    if (p && !used.has(p)) {
      out.set(c, p);
      used.add(p);
    }
  }
  for (const c of current) {
    const kind = c.section.content.kind;
    if (out.has(c) || kind === "part" || kind === "group" || kind === "news" || kind === "text") continue;
    const p = prevOnly.get(kind);
    if (p && curOnly.get(kind) === c && !used.has(p)) {
      out.set(c, p);
      used.add(p);
    }
  }
  return out;
}

/**
 * What changed in `current` since `previous` (null: no previous issue): each section's
 * printed text marked word by word, the sections that are new or gone, and every figure
 * of the Facts with its delta. Year-to-date figures are compared only within one year.
 *
 * @example
 * compareIssues(doc, prev, "2026-46").figures[0]; // { label: "行政许可事项受理", value: 12345, previous: 12024, delta: 321, … }
 */
export function compareIssues(current: IssueDocument, previous: IssueDocument | null, previousRef: string | null = null): IssueComparison {
  const cur = placed(current.sections);
  const prev = previous ? placed(previous.sections) : [];
  const matched = matches(cur, prev);
  const sections: SectionChange[] = cur.map((c) => {
    const s = c.section;
    const base = { sectionId: s.id, heading: s.heading, level: s.level };
    const text = printedText(s);
    if (!previous) return { ...base, change: "same", runs: markedText(text, text) };
    const p = matched.get(c);
    if (!p) return { ...base, change: "new", runs: text ? [{ op: "added", text }] : [] };
    const runs = markedText(printedText(p.section), text);
    const headingChanged = p.section.heading !== s.heading;
    return { ...base, change: headingChanged || runs.some((r) => r.op !== "same") ? "changed" : "same", runs };
  });
  const kept = new Set(matched.values());
  for (const p of prev)
    if (!kept.has(p)) {
      const text = printedText(p.section);
      sections.push({ sectionId: null, heading: p.section.heading, level: p.section.level, change: "removed", runs: text ? [{ op: "removed", text }] : [] });
    }
  return {
    previous: previous && previousRef ? { ref: previousRef, year: previous.year, seq: previous.seq } : null,
    sections,
    figures: figureDeltas(current, previous),
  };
}
