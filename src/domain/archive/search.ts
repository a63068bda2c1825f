/**
 * Full-text search of the archive (往期归档), written once for the server's
 * GET /api/archive/search and the web app: the printed text of every section, the
 * sentences data sections generate included, searched word by word.
 */
import type { IssueDocument, IssueStatus } from "../model/issue.js";
import type { Section, SectionKind } from "../model/section.js";
import { walkSections } from "../tree.js";
import { chineseDate } from "../present/dates.js";
import {
  manualProgressSentences,
  platformStatsSentence,
  policyListsSentence,
  windowCountsSentence,
} from "../present/sentences.js";
import { leaderVisitParagraphs } from "../present/leaderVisits.js";

/** What the archive is searched by (往期归档): words, a department, a date range, a section kind. */
export type ArchiveQuery = { words: string; department?: string | null; from?: string | null; to?: string | null; kind?: SectionKind | null };

export type ArchiveMatch = { sectionId: string; heading: string; kind: SectionKind; snippet: string };
export type ArchiveHit = { ref: string; year: number; seq: number; total: number; period: { start: string; end: string }; publishedOn: string | null; status: IssueStatus; matches: ArchiveMatch[] };

/** The words of a query: split at spaces (half- or full-width), empty ones dropped. */
export const wordsOf = (q: string) => q.split(/[\s\u3000]+/).filter(Boolean);

/** The printed text of a section: what its content prints (typed or generated) and the paragraphs kept verbatim. */
export function sectionText(s: Section): string {
  const kept = (s.verbatim ?? []).map((v) => v.text);
  return kept.length ? [contentText(s), ...kept].join("\n") : contentText(s);
}

function contentText(s: Section): string {
  const c = s.content;
  switch (c.kind) {
    case "news":
      return [c.intro ?? "", ...c.items.map((i) => i.text)].join("\n");
    case "leader-visits":
      return leaderVisitParagraphs(c).map((p) => p.text).join("\n");
    case "platform-stats":
      return platformStatsSentence(c);
    case "window-counts":
      return windowCountsSentence(c);
    case "manual-progress":
      return manualProgressSentences(c).join("");
    case "policy-lists":
      return policyListsSentence(c);
    case "inspection":
      return [c.intro ?? "", ...c.items.map((i) => `${i.item}。${i.verdict}`)].join("\n");
    case "text":
      return c.paragraphs.join("\n");
    default:
      return "";
  }
}

/** Departments a section is about: those named on its items, else those its text mentions. */
function sectionDepartments(s: Section): string[] {
  const c = s.content;
  if (c.kind === "news") return c.items.flatMap((i) => i.departments);
  if (c.kind === "leader-visits") return c.visits.map((v) => v.department);
  return [];
}

/** ~60 characters around the first word found, with … where text was cut. */
export function snippet(text: string, words: string[], width = 60): string {
  const flat = text.replace(/\s+/g, " ");
  const at = words.length ? Math.max(0, Math.min(...words.map((w) => flat.indexOf(w)).filter((i) => i >= 0))) : 0;
  const start = Math.max(0, at - Math.floor(width / 3));
  return `${start > 0 ? "…" : ""}${flat.slice(start, start + width)}${start + width < flat.length ? "…" : ""}`;
}

/**
 * The sections of an issue that answer a query; null when the issue does not (every word
 * must occur somewhere in the issue; sections are reported where any word, the department
 * or the kind matches).
 *
 * @example
 * searchIssue(doc, { words: "免申即享" })?.matches[0].heading; // "惠企政策直达快享专项行动"
 */
export function searchIssue(doc: IssueDocument, q: ArchiveQuery): ArchiveMatch[] | null {
  if (q.from && doc.period.end < q.from) return null;
  if (q.to && doc.period.start > q.to) return null;
  const words = wordsOf(q.words);
  if (!words.length && !q.department && !q.kind) return [];
  const scope = [...walkSections(doc.sections)]
    .filter((s) => s.content.kind !== "part" && s.content.kind !== "group")
    .filter((s) => !q.kind || s.content.kind === q.kind)
    .map((s) => ({ s, text: `${s.heading}\n${sectionText(s)}` }))
    .filter(({ s, text }) => !q.department || sectionDepartments(s).includes(q.department) || text.includes(q.department));
  const all = scope.map((t) => t.text).join("\n");
  if (!words.every((w) => all.includes(w))) return null;
  const hits = words.length ? scope.filter(({ text }) => words.some((w) => text.includes(w))) : scope;
  if (!hits.length) return null;
  return hits.map(({ s }) => ({ sectionId: s.id, heading: s.heading, kind: s.content.kind, snippet: snippet(sectionText(s) || s.heading, words) }));
}

/** "2023年12月26日" or the period, for a result line. */
export const hitDate = (h: Pick<ArchiveHit, "publishedOn" | "period">) => (h.publishedOn ? chineseDate(h.publishedOn) : chineseDate(h.period.end));
