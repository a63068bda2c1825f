import type { Selectable } from "kysely";
import type { IssueDocument, IssueStatus, StoredIssue } from "../../domain/model/issue.js";
import type { IssuesTable } from "../schema.js";

/** A row of the issue list: the header without the tree. */
export type IssueSummary = Omit<StoredIssue, "sections" | "attachments" | "originalPages">;

export function rowToSummary(r: Selectable<IssuesTable>): IssueSummary {
  return {
    id: r.id,
    centerId: r.center_id,
    year: r.year,
    seq: r.seq,
    total: r.total,
    title: r.title,
    issuer: r.issuer,
    publishedOn: r.published_on,
    period: { start: r.period_start, end: r.period_end },
    status: r.status as IssueStatus,
    copies: r.copies,
    distribution: { report: r.dist_report, send: r.dist_send, issue: r.dist_issue },
    revision: r.revision,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function rowToIssue(r: Selectable<IssuesTable>): StoredIssue {
  return {
    ...rowToSummary(r),
    sections: JSON.parse(r.sections),
    attachments: JSON.parse(r.attachments),
    originalPages: r.original_pages === null ? null : JSON.parse(r.original_pages),
  };
}

/** The columns of a document (without identity, status and timestamps). */
export function documentColumns(doc: IssueDocument) {
  return {
    year: doc.year,
    seq: doc.seq,
    total: doc.total,
    title: doc.title,
    issuer: doc.issuer,
    published_on: doc.publishedOn,
    period_start: doc.period.start,
    period_end: doc.period.end,
    copies: doc.copies,
    dist_report: doc.distribution.report,
    dist_send: doc.distribution.send,
    dist_issue: doc.distribution.issue,
    sections: JSON.stringify(doc.sections),
    attachments: JSON.stringify(doc.attachments),
    original_pages: doc.originalPages ? JSON.stringify(doc.originalPages) : null,
  };
}

/** The document part of a stored issue. */
export function toDocument(i: StoredIssue): IssueDocument {
  const { title, year, seq, total, issuer, publishedOn, period, copies, distribution, sections, attachments, originalPages } = i;
  return { title, year, seq, total, issuer, publishedOn, period, copies, distribution, sections, attachments, originalPages: originalPages ?? null };
}
