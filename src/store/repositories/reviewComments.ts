import type { Kysely, Selectable } from "kysely";
import type { ReviewComment } from "../../domain/review/model.js";
import type { Database } from "../schema.js";
import type { ReviewCommentsTable } from "../schemaReview.js";

const toComment = (r: Selectable<ReviewCommentsTable>): ReviewComment => ({
  id: r.id,
  sectionId: r.section_id,
  heading: r.heading,
  text: r.text,
  status: r.status === "resolved" ? "resolved" : "open",
  createdBy: r.created_by,
  createdByName: r.created_by_name,
  createdAt: r.created_at,
  resolvedBy: r.resolved_by,
  resolvedAt: r.resolved_at,
});

/** The approver's comments per section of an issue (migration 0012). */
export function reviewCommentsRepository(db: Kysely<Database>) {
  return {
    async add(
      centerId: number,
      issueId: number,
      c: { sectionId: string; heading: string; text: string; by: string; byName: string },
      now = new Date().toISOString(),
    ): Promise<ReviewComment> {
      const row = await db
        .insertInto("review_comments")
        .values({ center_id: centerId, issue_id: issueId, section_id: c.sectionId, heading: c.heading, text: c.text, status: "open", created_by: c.by, created_by_name: c.byName, created_at: now, resolved_by: null, resolved_at: null })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toComment(row);
    },
    /** An issue's comments, open ones first, each group oldest first. */
    async list(issueId: number): Promise<ReviewComment[]> {
      const rows = await db.selectFrom("review_comments").selectAll().where("issue_id", "=", issueId).orderBy("status", "asc").orderBy("id", "asc").execute();
      return rows.map(toComment);
    },
    async get(issueId: number, id: number): Promise<ReviewComment | null> {
      const r = await db.selectFrom("review_comments").selectAll().where("issue_id", "=", issueId).where("id", "=", id).executeTakeFirst();
      return r ? toComment(r) : null;
    },
    /** Marks an open comment resolved; false when it was not open (resolved meanwhile). */
    async resolve(issueId: number, id: number, by: string, now = new Date().toISOString()): Promise<boolean> {
      const r = await db
        .updateTable("review_comments")
        .set({ status: "resolved", resolved_by: by, resolved_at: now })
        .where("issue_id", "=", issueId)
        .where("id", "=", id)
        .where("status", "=", "open")
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
  };
}
