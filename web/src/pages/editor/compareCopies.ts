import type { IssueDocument } from "@domain/model/issue";
import type { Section } from "@domain/model/section";
import { printedParts } from "@domain/present/printed";
import { walkSections } from "@domain/tree";

/** One place where two copies of an issue differ: what each prints there (null: absent from that copy). */
export type CopyDifference = { heading: string; mine: string | null; theirs: string | null };

const printed = (s: Section) => [s.heading, ...printedParts(s.content).map((p) => p.text)].join("\n");

const HEADER_FIELDS = [
  ["title", "报头"],
  ["period", "统计周期"],
  ["publishedOn", "印发日期"],
  ["copies", "印数"],
  ["distribution", "版记"],
  ["attachments", "附件"],
] as const;

/**
 * What the editor's copy and the newer copy on the server print differently, section by
 * section and in the header, for the conflict's 对照 view (pure, unit-tested).
 *
 * @example
 * compareCopies(mine, latest); // [{ heading: "政务工作动态", mine: "…", theirs: "…" }]
 */
export function compareCopies(mine: IssueDocument, theirs: IssueDocument): CopyDifference[] {
  const out: CopyDifference[] = [];
  for (const [k, label] of HEADER_FIELDS) {
    const a = JSON.stringify(mine[k]);
    const b = JSON.stringify(theirs[k]);
    if (a !== b) out.push({ heading: label, mine: a ?? null, theirs: b ?? null });
  }
  const other = new Map([...walkSections(theirs.sections)].map((s) => [s.id, s]));
  for (const s of walkSections(mine.sections)) {
    const t = other.get(s.id);
    other.delete(s.id);
    const a = printed(s);
    const b = t ? printed(t) : null;
    if (a !== b) out.push({ heading: s.heading || t?.heading || "（无标题栏目）", mine: a, theirs: b });
  }
  for (const t of other.values()) out.push({ heading: t.heading, mine: null, theirs: printed(t) });
  return out;
}
