import { ZhoubaoError } from "../domain/errors.js";
import type { StoredIssue } from "../domain/model/issue.js";
import type { Section } from "../domain/model/section.js";
import { assertInPeriod } from "../domain/numbering/withinPeriod.js";
import { findSection, firstOfKind, walkSections } from "../domain/tree.js";
import type { Store } from "../store/index.js";
import type { SubmissionContent } from "../store/repositories/submissions.js";
import { assertDraft, currentDraft, issueLabel, requireIssue } from "./issueLocator.js";

/**
 * Where a liaison's item goes. `issue` is the draft it is for, or null when no issue is
 * in draft: the item then waits and flows into the next issue when the editor creates it
 * (flowPendingInto). `pattern` is the tree its section must exist in — the draft's, or
 * for a waiting item the latest issue's, which the next issue copies.
 */
export type Destination = { issue: StoredIssue | null; pattern: StoredIssue };

/** The named issue, else the current draft, else "the next issue" patterned on the latest one. */
export async function destination(store: Store, centerId: number, ref: string | null | undefined): Promise<Destination> {
  const issue = ref ? await requireIssue(store, centerId, ref) : await currentDraft(store, centerId);
  if (issue) return draftDestination(issue);
  const latest = await store.issues.latest(centerId);
  if (!latest) throw new ZhoubaoError("issue.none-yet", "还没有任何一期周报，请等编辑新建第一期后再报送。");
  return { issue: null, pattern: latest };
}

/** A draft issue as the destination (issue.locked / issue.immutable once it has left the draft state). */
export function draftDestination(issue: StoredIssue): Destination {
  assertDraft(issue, "接收报送");
  return { issue, pattern: issue };
}

/** Refuses content whose target does not exist in the tree, or (for a visit to a known issue) a date outside its period. */
export function assertTarget(d: Destination, content: SubmissionContent): void {
  const name = d.issue ? issueLabel(d.issue) : "下一期";
  if (content.kind === "news") {
    const s = findSection(d.pattern.sections, content.sectionId);
    if (!s || s.content.kind !== "news")
      throw new ZhoubaoError("input.bad-reference", `${name}没有编号为“${content.sectionId}”的工作动态栏目。`, { sectionId: content.sectionId });
    return;
  }
  if (!firstOfKind(d.pattern.sections, "leader-visits")) throw new ZhoubaoError("input.bad-reference", `${name}没有“厅（局）长进大厅”栏目。`, {});
  if (d.issue) assertInPeriod(content.date, d.issue.period, "进大厅日期", name);
}

/**
 * The news section of `tree` an item chosen in `previous` belongs to: the one with the
 * same heading (a new issue copies the previous tree under new ids), else the first
 * news section, so that the editor still sees the item and may place it on accepting.
 */
function sameSection(previous: Section[], tree: Section[], sectionId: string): string {
  const news = [...walkSections(tree)].filter((s) => s.content.kind === "news");
  const heading = findSection(previous, sectionId)?.heading;
  return (news.find((s) => s.heading === heading) ?? news[0])?.id ?? sectionId;
}

/**
 * Moves every waiting item (written while no issue was in draft) into the issue just
 * created, inside its transaction; a news item is re-pointed at the section of the
 * same heading in the new tree. Returns how many flowed in.
 */
export async function flowPendingInto(tx: Store, issue: StoredIssue, previous: StoredIssue | null): Promise<number> {
  const waiting = await tx.submissions.pending(issue.centerId);
  for (const s of waiting) {
    const c = s.content;
    const content = c.kind === "news" && !findSection(issue.sections, c.sectionId) ? { ...c, sectionId: sameSection(previous?.sections ?? [], issue.sections, c.sectionId) } : c;
    await tx.submissions.update(issue.centerId, s.id, { issueId: issue.id, content });
  }
  return waiting.length;
}
