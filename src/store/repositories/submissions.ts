import type { ExpressionBuilder, Kysely, Selectable } from "kysely";
import { z } from "zod";
import { isoDate } from "../../domain/model/common.js";
import type { Database, SubmissionsTable } from "../schema.js";

export const SUBMISSION_STATUSES = ["draft", "submitted", "accepted", "returned"] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];
export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, string> = {
  draft: "草稿",
  submitted: "已报送",
  accepted: "已采用",
  returned: "已退回",
};

/** A news item for a news section (工作动态). */
export const newsSubmission = z.object({
  kind: z.literal("news"),
  sectionId: z.string().min(1, "请选择栏目"),
  text: z.string().trim().min(10, "动态内容至少 10 个字").max(2000, "动态内容不能超过 2000 字"),
});
/** A department head on duty at the hall (厅（局）长进大厅). */
export const leaderVisitSubmission = z.object({
  kind: z.literal("leader-visit"),
  date: isoDate,
  person: z.string().trim().min(2, "请填写姓名").max(20, "姓名不能超过 20 字"),
  title: z.string().trim().max(40, "职务不能超过 40 字").default(""),
  text: z.string().trim().max(1000, "说明不能超过 1000 字").nullable().default(null),
});
export const submissionContent = z.discriminatedUnion("kind", [newsSubmission, leaderVisitSubmission]);
export type SubmissionContent = z.infer<typeof submissionContent>;
export type SubmissionKind = SubmissionContent["kind"];

export type Submission = {
  id: number;
  centerId: number;
  issueId: number | null;
  issue: { year: number; seq: number } | null;
  departmentId: number;
  department: string;
  content: SubmissionContent;
  status: SubmissionStatus;
  comment: string | null;
  authorId: number;
  author: string;
  reviewerId: number | null;
  reviewer: string | null;
  submittedAt: string | null;
  reviewedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type SubmissionFilter = { issueId?: number; departmentId?: number; status?: SubmissionStatus; limit?: number; offset?: number };

/** The filter's conditions, for the list and for its count. */
const matching = (centerId: number, f: SubmissionFilter) => (eb: ExpressionBuilder<{ s: SubmissionsTable }, "s">) =>
  eb.and([
    eb("s.center_id", "=", centerId),
    ...(f.issueId !== undefined ? [eb("s.issue_id", "=", f.issueId)] : []),
    ...(f.departmentId !== undefined ? [eb("s.department_id", "=", f.departmentId)] : []),
    ...(f.status ? [eb("s.status", "=", f.status)] : []),
  ]);

/** Liaisons' submissions with their department, author and issue, e.g. await store.submissions.list(centerId, { status: "submitted" }). */
export function submissionsRepository(db: Kysely<Database>) {
  const base = () =>
    db
      .selectFrom("submissions as s")
      .innerJoin("departments as d", "d.id", "s.department_id")
      .innerJoin("users as a", "a.id", "s.author_id")
      .leftJoin("users as r", "r.id", "s.reviewer_id")
      .leftJoin("issues as i", "i.id", "s.issue_id")
      .selectAll("s")
      .select(["d.name as department", "a.display_name as author", "r.display_name as reviewer", "i.year as issue_year", "i.seq as issue_seq"]);
  type Row = Selectable<SubmissionsTable> & { department: string; author: string; reviewer: string | null; issue_year: number | null; issue_seq: number | null };
  const toSubmission = (r: Row): Submission => ({
    id: r.id,
    centerId: r.center_id,
    issueId: r.issue_id,
    issue: r.issue_year !== null && r.issue_seq !== null ? { year: r.issue_year, seq: r.issue_seq } : null,
    departmentId: r.department_id,
    department: r.department,
    content: JSON.parse(r.content),
    status: r.status as SubmissionStatus,
    comment: r.comment,
    authorId: r.author_id,
    author: r.author,
    reviewerId: r.reviewer_id,
    reviewer: r.reviewer,
    submittedAt: r.submitted_at,
    reviewedAt: r.reviewed_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });

  return {
    async byId(centerId: number, id: number): Promise<Submission | null> {
      const r = await base().where("s.id", "=", id).where("s.center_id", "=", centerId).executeTakeFirst();
      return r ? toSubmission(r) : null;
    },
    /** Newest first. */
    async list(centerId: number, f: SubmissionFilter = {}): Promise<Submission[]> {
      const q = base().where(matching(centerId, f));
      return (await q.orderBy("s.id", "desc").limit(f.limit ?? 500).offset(f.offset ?? 0).execute()).map(toSubmission);
    },
    /** How many submissions match the filter (the total of a paged list). */
    async count(centerId: number, f: SubmissionFilter = {}): Promise<number> {
      const q = db.selectFrom("submissions as s").where(matching(centerId, f));
      return Number((await q.select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
    },
    async create(s: { centerId: number; issueId: number | null; departmentId: number; authorId: number; content: SubmissionContent }): Promise<Submission> {
      const now = new Date().toISOString();
      const { id } = await db
        .insertInto("submissions")
        .values({
          center_id: s.centerId,
          issue_id: s.issueId,
          department_id: s.departmentId,
          kind: s.content.kind,
          section_id: s.content.kind === "news" ? s.content.sectionId : null,
          content: JSON.stringify(s.content),
          status: "draft",
          author_id: s.authorId,
          created_at: now,
          updated_at: now,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return (await this.byId(s.centerId, id))!;
    },
    async update(
      centerId: number,
      id: number,
      p: { content?: SubmissionContent; issueId?: number; status?: SubmissionStatus; comment?: string | null; reviewerId?: number | null; submittedAt?: string; reviewedAt?: string | null },
    ): Promise<Submission> {
      await db
        .updateTable("submissions")
        .set({
          ...(p.content ? { content: JSON.stringify(p.content), kind: p.content.kind, section_id: p.content.kind === "news" ? p.content.sectionId : null } : {}),
          ...(p.issueId !== undefined ? { issue_id: p.issueId } : {}),
          ...(p.status ? { status: p.status } : {}),
          ...(p.comment !== undefined ? { comment: p.comment } : {}),
          ...(p.reviewerId !== undefined ? { reviewer_id: p.reviewerId } : {}),
          ...(p.submittedAt !== undefined ? { submitted_at: p.submittedAt } : {}),
          ...(p.reviewedAt !== undefined ? { reviewed_at: p.reviewedAt } : {}),
          updated_at: new Date().toISOString(),
        })
        .where("id", "=", id)
        .where("center_id", "=", centerId)
        .execute();
      return (await this.byId(centerId, id))!;
    },
    /**
     * Items written while no issue was in draft (no issue yet), still open to the
     * editor's review: what flows into the next issue when it is created.
     */
    async pending(centerId: number): Promise<Submission[]> {
      const rows = await base().where("s.center_id", "=", centerId).where("s.issue_id", "is", null).where("s.status", "!=", "accepted").orderBy("s.id").execute();
      return rows.map(toSubmission);
    },
    async remove(centerId: number, id: number): Promise<void> {
      await db.deleteFrom("submissions").where("id", "=", id).where("center_id", "=", centerId).execute();
    },
  };
}
