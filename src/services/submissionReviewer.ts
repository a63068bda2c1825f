import { z } from "zod";
import { ZhoubaoError } from "../domain/errors.js";
import { newId } from "../domain/model/common.js";
import type { Section } from "../domain/model/section.js";
import { findSection, firstOfKind } from "../domain/tree.js";
import { parseInput } from "../domain/validate.js";
import type { Store } from "../store/index.js";
import type { Submission } from "../store/repositories/submissions.js";
import { audit, requireRole, type Actor } from "./actor.js";
import { editDraft } from "./issueEditor.js";

import { requireSubmission } from "./submissionDrafter.js";

export const acceptInput = z.object({ sectionId: z.string().min(1).optional().describe("放入的栏目；缺省为报送时选择的栏目") });
export const returnInput = z.object({ comment: z.string().trim().min(2, "请写明退回意见").max(500, "退回意见不能超过 500 字") });

function submitted(s: Submission, what: string): void {
  if (s.status !== "submitted")
    throw new ZhoubaoError("submission.bad-state", `该报送当前状态为“${s.status}”，只有已报送的稿件可以${what}。`, { status: s.status });
}

/** Puts an accepted item into the tree (replacing an earlier copy of the same submission). */
function place(sections: Section[], s: Submission, sectionId: string | undefined): Section[] {
  const tree: Section[] = structuredClone(sections);
  const c = s.content;
  const ref = String(s.id);
  if (c.kind === "news") {
    const target = findSection(tree, sectionId ?? c.sectionId);
    if (!target || target.content.kind !== "news")
      throw new ZhoubaoError("input.bad-reference", `没有编号为“${sectionId ?? c.sectionId}”的工作动态栏目。`, { sectionId: sectionId ?? c.sectionId });
    const item = { id: newId(), text: c.text, departments: [s.department], submissionId: ref };
    const items = target.content.items.filter((i) => i.submissionId !== ref);
    target.content = { ...target.content, items: [...items, item] };
  } else {
    const target = sectionId ? findSection(tree, sectionId) : firstOfKind(tree, "leader-visits");
    if (!target || target.content.kind !== "leader-visits")
      throw new ZhoubaoError("input.bad-reference", "没有“厅（局）长进大厅”栏目。", { sectionId: sectionId ?? null });
    // The liaison's 情况说明 (text) is printed after the sentence generated from these fields, never instead of it.
    const visit = { id: newId(), date: c.date, endDate: null, department: s.department, person: c.person, title: c.title, escort: null, window: null, text: c.text, submissionId: ref };
    const visits = target.content.visits.filter((v) => v.submissionId !== ref);
    target.content = { ...target.content, visits: [...visits, visit].sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "")) };
  }
  return tree;
}

/**
 * The editor accepts a submitted item: it enters the issue's tree (a news item with its
 * department into its news section, a visit into 厅（局）长进大厅), where it stays
 * editable like any other item; issue and submission change in one transaction.
 *
 * @example
 * await acceptSubmission(store, editor, 17, {});
 */
export async function acceptSubmission(store: Store, actor: Actor, id: number, input: unknown): Promise<Submission> {
  requireRole(actor, ["editor"], "采用报送");
  const { sectionId } = parseInput(acceptInput, input ?? {}, "采用");
  return store.transaction(async (tx) => {
    const before = await requireSubmission(tx, actor, id);
    submitted(before, "采用");
    if (!before.issueId) throw new ZhoubaoError("issue.none-yet", "该报送在等待下一期周报，请先新建本期，报送会自动转入，然后再采用。", { id });
    await editDraft(
      tx,
      actor,
      before.issueId,
      "accept-submission",
      async (issue) => tx.issues.update(issue.id, { ...issue, sections: place(issue.sections, before, sectionId) }),
      "采用报送",
    );
    const after = await tx.submissions.update(actor.centerId, id, { status: "accepted", reviewerId: actor.userId, reviewedAt: new Date().toISOString(), comment: null });
    await audit(tx, actor, "submission", id, "accept", before, after);
    return after;
  });
}

/** The editor returns a submitted item with a comment; the liaison may rework and submit it again. */
export async function returnSubmission(store: Store, actor: Actor, id: number, input: unknown): Promise<Submission> {
  requireRole(actor, ["editor"], "退回报送");
  const { comment } = parseInput(returnInput, input, "退回意见");
  return store.transaction(async (tx) => {
    const before = await requireSubmission(tx, actor, id);
    submitted(before, "退回");
    const after = await tx.submissions.update(actor.centerId, id, { status: "returned", comment, reviewerId: actor.userId, reviewedAt: new Date().toISOString() });
    await audit(tx, actor, "submission", id, "return", before, after);
    return after;
  });
}

