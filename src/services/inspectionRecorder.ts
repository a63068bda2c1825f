import { pageWindow, type PageInfo, type PageQuery } from "../domain/model/paging.js";
import { z } from "zod";
import { ZhoubaoError } from "../domain/errors.js";
import { isoDate } from "../domain/model/common.js";
import { INSPECTION_ITEMS } from "../domain/present/sentences.js";
import { firstOfKind } from "../domain/tree.js";
import { assertInPeriod } from "../domain/numbering/withinPeriod.js";
import { parseInput } from "../domain/validate.js";
import type { Store } from "../store/index.js";
import type { Inspection } from "../store/repositories/inspections.js";
import { audit, requireRole, type Actor } from "./actor.js";
import { editDraft } from "./issueEditor.js";
import { assertDraft, issueLabel, issueOrCurrent, requireIssue } from "./issueLocator.js";

/** A verdict prints as a sentence: 总体情况良好。 */
const sentence = (s: string) => (/[。！？]$/.test(s) ? s : `${s}。`);

const item = z.object({
  item: z.string(),
  verdict: z.string().trim().min(2, "请填写巡查结论").max(300, "结论不能超过 300 字").transform(sentence),
  note: z.string().trim().max(500, "备注不能超过 500 字").nullable().default(null),
});

/** The six standard items (DESIGN.md §3), in their printed order. */
export const inspectionInput = z.object({
  issue: z.string().optional().describe("期号，如 2026-46；缺省为当前草稿期"),
  inspectedOn: isoDate,
  items: z
    .array(item)
    .length(INSPECTION_ITEMS.length, `巡查须包含 ${INSPECTION_ITEMS.length} 项：${INSPECTION_ITEMS.join("、")}`)
    .refine((xs) => xs.every((x, i) => x.item === INSPECTION_ITEMS[i]), `巡查项目及顺序应为：${INSPECTION_ITEMS.join("、")}`),
});

/** An inspection record or inspection.not-found, e.g. await requireInspection(store, editor, 5). */
export async function requireInspection(store: Store, actor: Actor, id: number): Promise<Inspection> {
  requireRole(actor, ["inspector", "editor", "approver"], "查看大厅巡查");
  const i = await store.inspections.byId(actor.centerId, id);
  if (!i) throw new ZhoubaoError("inspection.not-found", `未找到编号为 ${id} 的巡查记录。`, { id });
  return i;
}

/**
 * An inspector records the week's hall inspection for the current (or a named) draft issue.
 *
 * @example
 * await recordInspection(store, inspector, { inspectedOn: "2026-11-18", items });
 */
export async function recordInspection(store: Store, actor: Actor, input: unknown): Promise<Inspection> {
  requireRole(actor, ["inspector"], "记录大厅巡查");
  const { issue: ref, inspectedOn, items } = parseInput(inspectionInput, input, "巡查记录");
  const issue = await issueOrCurrent(store, actor.centerId, ref);
  assertDraft(issue, "记录巡查");
  assertInPeriod(inspectedOn, issue.period, "巡查日期", issueLabel(issue));
  return store.transaction(async (tx) => {
    const created = await tx.inspections.create({ centerId: actor.centerId, issueId: issue.id, inspectedOn, items, inspectorId: actor.userId! });
    await audit(tx, actor, "inspection", created.id, "create", null, created);
    return created;
  });
}

/** The inspector corrects a record; a record already attached must be attached again. */
export async function editInspection(store: Store, actor: Actor, id: number, input: unknown): Promise<Inspection> {
  requireRole(actor, ["inspector"], "修改大厅巡查");
  const { issue: ref, inspectedOn, items } = parseInput(inspectionInput, input, "巡查记录");
  return store.transaction(async (tx) => {
    const before = await requireInspection(tx, actor, id);
    const issue = ref ? await requireIssue(tx, actor.centerId, ref) : before.issueId ? await tx.issues.byId(before.issueId) : null;
    if (!issue) throw new ZhoubaoError("issue.not-found", "该巡查对应的周报已不存在，请选择期号。", { id });
    assertDraft(issue, "修改巡查");
    assertInPeriod(inspectedOn, issue.period, "巡查日期", issueLabel(issue));
    const after = await tx.inspections.update(actor.centerId, id, { issueId: issue.id, inspectedOn, items, attachedAt: null });
    await audit(tx, actor, "inspection", id, "update", before, after);
    return after;
  });
}

/** The editor puts a record's six items into its issue's inspection section. */
export async function attachInspection(store: Store, actor: Actor, id: number): Promise<Inspection> {
  requireRole(actor, ["editor"], "采用大厅巡查");
  return store.transaction(async (tx) => {
    const before = await requireInspection(tx, actor, id);
    if (!before.issueId) throw new ZhoubaoError("issue.not-found", "该巡查对应的周报已不存在。", { id });
    await editDraft(
      tx,
      actor,
      before.issueId,
      "attach-inspection",
      async (issue) => {
        const sections = structuredClone(issue.sections);
        const target = firstOfKind(sections, "inspection");
        if (!target) throw new ZhoubaoError("input.bad-reference", `${issueLabel(issue)}没有“大厅巡查”栏目。`, { id });
        target.content = { ...target.content, items: before.items };
        return tx.issues.update(issue.id, { ...issue, sections });
      },
      "采用巡查",
    );
    const after = await tx.inspections.update(actor.centerId, id, { attachedAt: new Date().toISOString() });
    await audit(tx, actor, "inspection", id, "attach", before, after);
    return after;
  });
}

/** One page of inspection records, newest first, of one issue or all, and their total, e.g. await listInspections(store, editor, "2026-46", { page: 1, pageSize: 100 }). */
export async function listInspections(store: Store, actor: Actor, ref: string | undefined, page: PageQuery): Promise<{ inspections: Inspection[] } & PageInfo> {
  requireRole(actor, ["inspector", "editor", "approver"], "查看大厅巡查");
  const issueId = ref ? (await requireIssue(store, actor.centerId, ref)).id : undefined;
  const [inspections, total] = await Promise.all([store.inspections.list(actor.centerId, { issueId, ...pageWindow(page) }), store.inspections.count(actor.centerId, { issueId })]);
  return { inspections, total, ...page };
}
