import { z } from "zod";
import { rankAssessment } from "../domain/assessment/scoring.js";
import { ZhoubaoError } from "../domain/errors.js";
import type { AssessmentAttachment, AssessmentRow } from "../domain/model/assessment.js";
import { isoMonth } from "../domain/model/common.js";
import { parseInput } from "../domain/validate.js";
import type { Store } from "../store/index.js";
import { assessmentEntry, type AssessmentEntry, type StoredAssessment } from "../store/repositories/assessments.js";
import { audit, requireRole, type Actor } from "./actor.js";
import { editDraft } from "./issueEditor.js";
import { requireIssue } from "./issueLocator.js";

export const assessmentInput = z.object({
  month: isoMonth,
  title: z.string().trim().min(1).max(100, "标题不能超过 100 字").optional(),
  entries: z.array(assessmentEntry).min(1, "请至少填写一个部门").max(200),
});

export const attachAssessmentInput = z.object({ issue: z.string().describe("期号，如 2026-46") });

const sum = (xs: { points: number }[]) => Math.round(xs.reduce((a, x) => a + x.points, 0) * 100) / 100;

/**
 * The ranked table of a month: deduction = −Σ deduction items, bonus = Σ bonus items,
 * score and standard competition rank by rankAssessment (12, 12, 14).
 *
 * @example
 * rowsOf([{ department: "水利厅", base: 100, deductions: [], bonuses: [{ points: 2, reason: "…" }] }])[0].score // 102
 */
export function rowsOf(entries: AssessmentEntry[]): AssessmentRow[] {
  return rankAssessment(entries.map((e) => ({ department: e.department, base: e.base, deduction: -sum(e.deductions) || 0, bonus: sum(e.bonuses) })));
}

export const defaultTitle = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5))}月进驻部门（单位）窗口考核结果`;

/** Resolves department names and short names against the registry; refuses unknown and repeated ones. */
async function canonical(store: Store, centerId: number, entries: AssessmentEntry[]): Promise<AssessmentEntry[]> {
  const registry = await store.departments.registry(centerId);
  const seen = new Set<string>();
  return entries.map((e) => {
    const name = registry.resolve(e.department);
    if (!name) throw new ZhoubaoError("department.unknown", `未知的部门：${e.department}。`, { department: e.department });
    if (seen.has(name)) throw new ZhoubaoError("input.invalid", `部门“${name}”填写了两次。`, { department: name });
    seen.add(name);
    return { ...e, department: name };
  });
}

/** A month's assessment or assessment.not-found, e.g. await requireAssessment(store, editor, 3). */
export async function requireAssessment(store: Store, actor: Actor, id: number): Promise<StoredAssessment> {
  requireRole(actor, ["assessor", "editor", "approver"], "查看窗口考核");
  const a = await store.assessments.byId(actor.centerId, id);
  if (!a) throw new ZhoubaoError("assessment.not-found", `未找到编号为 ${id} 的考核。`, { id });
  return a;
}

/** An assessor enters a month's assessment (a draft until the editor approves it). */
export async function createAssessment(store: Store, actor: Actor, input: unknown): Promise<StoredAssessment> {
  requireRole(actor, ["assessor"], "填写窗口考核");
  const a = parseInput(assessmentInput, input, "考核");
  const entries = await canonical(store, actor.centerId, a.entries);
  return store.transaction(async (tx) => {
    if (await tx.assessments.byMonth(actor.centerId, a.month))
      throw new ZhoubaoError("assessment.duplicate", `${a.month} 的考核已存在，请修改原记录。`, { month: a.month });
    const created = await tx.assessments.create({ centerId: actor.centerId, month: a.month, title: a.title ?? defaultTitle(a.month), entries, authorId: actor.userId! });
    await audit(tx, actor, "assessment", created.id, "create", null, created);
    return created;
  });
}

/** The assessor changes a draft; an approved assessment is final. */
export async function editAssessment(store: Store, actor: Actor, id: number, input: unknown): Promise<StoredAssessment> {
  requireRole(actor, ["assessor"], "修改窗口考核");
  const a = parseInput(assessmentInput, input, "考核");
  const entries = await canonical(store, actor.centerId, a.entries);
  return store.transaction(async (tx) => {
    const before = await requireAssessment(tx, actor, id);
    if (before.status !== "draft") throw new ZhoubaoError("assessment.bad-state", `${before.month} 的考核已审定，不能修改。`, { status: before.status });
    const other = await tx.assessments.byMonth(actor.centerId, a.month);
    if (other && other.id !== id) throw new ZhoubaoError("assessment.duplicate", `${a.month} 的考核已存在。`, { month: a.month });
    const after = await tx.assessments.update(actor.centerId, id, { month: a.month, title: a.title ?? before.title, entries });
    await audit(tx, actor, "assessment", id, "update", before, after);
    return after;
  });
}

/** The editor approves a month's assessment. */
export async function approveAssessment(store: Store, actor: Actor, id: number): Promise<StoredAssessment> {
  requireRole(actor, ["editor"], "审定窗口考核");
  return store.transaction(async (tx) => {
    const before = await requireAssessment(tx, actor, id);
    if (before.status !== "draft") throw new ZhoubaoError("assessment.bad-state", `${before.month} 的考核已审定。`, { status: before.status });
    const after = await tx.assessments.update(actor.centerId, id, { status: "approved", approverId: actor.userId!, approvedAt: new Date().toISOString() });
    await audit(tx, actor, "assessment", id, "approve", before, after);
    return after;
  });
}

/** The editor appends an approved assessment to a draft issue as its assessment attachment (附件). */
export async function attachAssessment(store: Store, actor: Actor, id: number, input: unknown): Promise<StoredAssessment> {
  requireRole(actor, ["editor"], "附加窗口考核");
  const { issue: ref } = parseInput(attachAssessmentInput, input, "附加考核");
  const target = await requireIssue(store, actor.centerId, ref);
  return store.transaction(async (tx) => {
    const before = await requireAssessment(tx, actor, id);
    if (before.status !== "approved") throw new ZhoubaoError("assessment.bad-state", `${before.month} 的考核尚未审定，不能附在周报后。`, { status: before.status });
    const table: AssessmentAttachment = { kind: "assessment", month: before.month, title: before.title, rows: rowsOf(before.entries) };
    await editDraft(
      tx,
      actor,
      target.id,
      "attach-assessment",
      async (issue) => tx.issues.update(issue.id, { ...issue, attachments: [...issue.attachments.filter((x) => x.kind !== "assessment"), table] }),
      "附加考核",
    );
    const after = await tx.assessments.update(actor.centerId, id, { issueId: target.id });
    await audit(tx, actor, "assessment", id, "attach", before, after);
    return after;
  });
}

/** Every month's assessment, newest first, e.g. await listAssessments(store, assessor). */
export async function listAssessments(store: Store, actor: Actor): Promise<StoredAssessment[]> {
  requireRole(actor, ["assessor", "editor", "approver"], "查看窗口考核");
  return store.assessments.list(actor.centerId);
}
