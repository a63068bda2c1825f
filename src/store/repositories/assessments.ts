import type { Kysely, Selectable } from "kysely";
import { z } from "zod";
import type { AssessmentsTable, Database } from "../schema.js";

/** One reason for points taken off or added, e.g. { points: 0.5, reason: "窗口人员迟到" }. Points are magnitudes. */
export const assessmentPoint = z.object({
  points: z.number().positive("分值应大于 0").max(100, "分值不能超过 100").multipleOf(0.01, "分值最多两位小数"),
  reason: z.string().trim().min(2, "请写明扣分或加分的理由").max(300, "理由不能超过 300 字"),
});
export type AssessmentPoint = z.infer<typeof assessmentPoint>;

/** A department's month: 基础分, and the items of 减分 and 加分 with their reasons. */
export const assessmentEntry = z.object({
  department: z.string().trim().min(1, "请选择部门"),
  base: z.number().min(0).max(200).default(100),
  deductions: z.array(assessmentPoint).max(50).default([]),
  bonuses: z.array(assessmentPoint).max(50).default([]),
});
export type AssessmentEntry = z.infer<typeof assessmentEntry>;

export const ASSESSMENT_STATUSES = ["draft", "approved"] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** A monthly window assessment (窗口考核) as kept; scores and ranks are computed from the entries. */
export type StoredAssessment = {
  id: number;
  centerId: number;
  month: string;
  title: string;
  entries: AssessmentEntry[];
  status: AssessmentStatus;
  authorId: number;
  author: string;
  approverId: number | null;
  approver: string | null;
  approvedAt: string | null;
  issueId: number | null;
  issue: { year: number; seq: number } | null;
  createdAt: string;
  updatedAt: string;
};

/** Monthly assessments, one per center and month, e.g. await store.assessments.byMonth(centerId, "2026-10"). */
export function assessmentsRepository(db: Kysely<Database>) {
  const base = () =>
    db
      .selectFrom("assessments as m")
      .innerJoin("users as a", "a.id", "m.author_id")
      .leftJoin("users as p", "p.id", "m.approver_id")
      .leftJoin("issues as i", "i.id", "m.issue_id")
      .selectAll("m")
      .select(["a.display_name as author", "p.display_name as approver", "i.year as issue_year", "i.seq as issue_seq"]);
  type Row = Selectable<AssessmentsTable> & { author: string; approver: string | null; issue_year: number | null; issue_seq: number | null };
  const toAssessment = (r: Row): StoredAssessment => ({
    id: r.id,
    centerId: r.center_id,
    month: r.month,
    title: r.title,
    entries: JSON.parse(r.entries),
    status: r.status as AssessmentStatus,
    authorId: r.author_id,
    author: r.author,
    approverId: r.approver_id,
    approver: r.approver,
    approvedAt: r.approved_at,
    issueId: r.issue_id,
    issue: r.issue_year !== null && r.issue_seq !== null ? { year: r.issue_year, seq: r.issue_seq } : null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });

  return {
    async byId(centerId: number, id: number): Promise<StoredAssessment | null> {
      const r = await base().where("m.id", "=", id).where("m.center_id", "=", centerId).executeTakeFirst();
      return r ? toAssessment(r) : null;
    },
    async byMonth(centerId: number, month: string): Promise<StoredAssessment | null> {
      const r = await base().where("m.month", "=", month).where("m.center_id", "=", centerId).executeTakeFirst();
      return r ? toAssessment(r) : null;
    },
    /** Newest month first. */
    async list(centerId: number): Promise<StoredAssessment[]> {
      return (await base().where("m.center_id", "=", centerId).orderBy("m.month", "desc").execute()).map(toAssessment);
    },
    async create(a: { centerId: number; month: string; title: string; entries: AssessmentEntry[]; authorId: number }): Promise<StoredAssessment> {
      const now = new Date().toISOString();
      const { id } = await db
        .insertInto("assessments")
        .values({
          center_id: a.centerId,
          month: a.month,
          title: a.title,
          entries: JSON.stringify(a.entries),
          status: "draft",
          author_id: a.authorId,
          created_at: now,
          updated_at: now,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return (await this.byId(a.centerId, id))!;
    },
    async update(
      centerId: number,
      id: number,
      p: { month?: string; title?: string; entries?: AssessmentEntry[]; status?: AssessmentStatus; approverId?: number; approvedAt?: string; issueId?: number },
    ): Promise<StoredAssessment> {
      await db
        .updateTable("assessments")
        .set({
          ...(p.month !== undefined ? { month: p.month } : {}),
          ...(p.title !== undefined ? { title: p.title } : {}),
          ...(p.entries !== undefined ? { entries: JSON.stringify(p.entries) } : {}),
          ...(p.status !== undefined ? { status: p.status } : {}),
          ...(p.approverId !== undefined ? { approver_id: p.approverId } : {}),
          ...(p.approvedAt !== undefined ? { approved_at: p.approvedAt } : {}),
          ...(p.issueId !== undefined ? { issue_id: p.issueId } : {}),
          updated_at: new Date().toISOString(),
        })
        .where("id", "=", id)
        .where("center_id", "=", centerId)
        .execute();
      return (await this.byId(centerId, id))!;
    },
  };
}
