import { sql, type Kysely } from "kysely";
import type { FindingOverride } from "../../domain/checks/finding.js";
import type { IssueDocument, IssueStatus } from "../../domain/model/issue.js";
import { isPostgres } from "../migrations/columns.js";
import type { Database } from "../schema.js";
import { documentColumns } from "./issueRows.js";

/** Who moved an issue through draft → review → approved → published, and when. */
export type IssueWorkflow = {
  overrides: FindingOverride[];
  submittedBy: string | null;
  submittedAt: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  publishedBy: string | null;
  publishedAt: string | null;
  comment: string | null;
};

export type IssueRevision = {
  revision: number;
  document: IssueDocument;
  reason: string | null;
  createdBy: string | null;
  createdAt: string;
};

const EMPTY: IssueWorkflow = {
  overrides: [],
  submittedBy: null,
  submittedAt: null,
  approvedBy: null,
  approvedAt: null,
  publishedBy: null,
  publishedAt: null,
  comment: null,
};

type Stamp = Partial<Omit<IssueWorkflow, "overrides">> & { overrides?: FindingOverride[] };

/**
 * The workflow state beside an issue, and its published revisions. Publishing and
 * correcting write the issue row directly: the issues repository refuses to touch a
 * published issue, and these two are the only ways a published issue may change.
 */
export function issueWorkflowRepository(db: Kysely<Database>) {
  return {
    /**
     * Locks the issue row until the transaction ends (PostgreSQL), so two editors'
     * read-modify-write of one tree cannot interleave. SQLite runs one writer at a time.
     */
    async lock(issueId: number): Promise<void> {
      if (isPostgres(db)) await sql`select id from issues where id = ${issueId} for update`.execute(db);
    },
    async get(issueId: number): Promise<IssueWorkflow> {
      const r = await db.selectFrom("issue_workflow").selectAll().where("issue_id", "=", issueId).executeTakeFirst();
      if (!r) return { ...EMPTY };
      return {
        overrides: JSON.parse(r.overrides),
        submittedBy: r.submitted_by,
        submittedAt: r.submitted_at,
        approvedBy: r.approved_by,
        approvedAt: r.approved_at,
        publishedBy: r.published_by,
        publishedAt: r.published_at,
        comment: r.comment,
      };
    },
    async stamp(issueId: number, s: Stamp): Promise<IssueWorkflow> {
      const next = { ...(await this.get(issueId)), ...s };
      const values = {
        overrides: JSON.stringify(next.overrides),
        submitted_by: next.submittedBy,
        submitted_at: next.submittedAt,
        approved_by: next.approvedBy,
        approved_at: next.approvedAt,
        published_by: next.publishedBy,
        published_at: next.publishedAt,
        comment: next.comment,
      };
      await db
        .insertInto("issue_workflow")
        .values({ issue_id: issueId, ...values })
        .onConflict((oc) => oc.column("issue_id").doUpdateSet(values))
        .execute();
      return next;
    },
    async setStatus(issueId: number, status: IssueStatus): Promise<void> {
      await db.updateTable("issues").set({ status, updated_at: new Date().toISOString() }).where("id", "=", issueId).execute();
    },
    /**
     * Freezes `doc` as revision `revision` of a published issue: the issue row takes
     * the document, the status published and the revision number; the revision table
     * keeps the document with the reason for it.
     */
    async freeze(issueId: number, revision: number, doc: IssueDocument, meta: { reason: string | null; by: string }): Promise<void> {
      const now = new Date().toISOString();
      await db
        .updateTable("issues")
        .set({ ...documentColumns(doc), status: "published", revision, updated_at: now })
        .where("id", "=", issueId)
        .execute();
      await this.keepRevision(issueId, revision, doc, meta);
    },
    /** Records a revision's document without touching the issue (the original of an imported issue). */
    async keepRevision(issueId: number, revision: number, doc: IssueDocument, meta: { reason: string | null; by: string | null }): Promise<void> {
      await db
        .insertInto("issue_revisions")
        .values({ issue_id: issueId, revision, document: JSON.stringify(doc), reason: meta.reason, created_by: meta.by, created_at: new Date().toISOString() })
        .execute();
    },
    async revisions(issueId: number): Promise<Omit<IssueRevision, "document">[]> {
      const rows = await db
        .selectFrom("issue_revisions")
        .select(["revision", "reason", "created_by", "created_at"])
        .where("issue_id", "=", issueId)
        .orderBy("revision")
        .execute();
      return rows.map((r) => ({ revision: r.revision, reason: r.reason, createdBy: r.created_by, createdAt: r.created_at }));
    },
    async revision(issueId: number, revision: number): Promise<IssueRevision | null> {
      const r = await db.selectFrom("issue_revisions").selectAll().where("issue_id", "=", issueId).where("revision", "=", revision).executeTakeFirst();
      return r ? { revision: r.revision, document: JSON.parse(r.document), reason: r.reason, createdBy: r.created_by, createdAt: r.created_at } : null;
    },
  };
}
