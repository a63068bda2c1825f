import { z } from "zod";
import { INT4_MAX } from "./bounded.js";
import { isoDate, period } from "./common.js";
import { section } from "./section.js";
import { attachment } from "./assessment.js";

export { issueRef, parseIssueRef } from "./issueRef.js";

export const ISSUE_STATUSES = ["draft", "review", "approved", "published"] as const;
export const issueStatus = z.enum(ISSUE_STATUSES);
export type IssueStatus = z.infer<typeof issueStatus>;
export const ISSUE_STATUS_LABELS: Record<IssueStatus, string> = {
  draft: "草稿",
  review: "待审核",
  approved: "已签发",
  published: "已发布",
};

/** 报 / 送 / 发: recipients without the label and without the final 。 */
export const distribution = z.object({
  report: z.string().nullable(),
  send: z.string().nullable(),
  issue: z.string().nullable(),
});
export type Distribution = z.infer<typeof distribution>;

/** Everything printed in the masthead and the 版记, without the body. */
export const issueHeader = z.object({
  title: z.string().min(1).default("窗口工作周报"),
  year: z.number().int().min(1990).max(2200),
  seq: z.number().int().positive().max(999),
  total: z.number().int().positive().max(INT4_MAX),
  issuer: z.string().min(1),
  publishedOn: isoDate.nullable(),
  period,
  copies: z.number().int().positive().nullable(),
  distribution,
});
export type IssueHeader = z.infer<typeof issueHeader>;

/**
 * The header fields of any issue-shaped value, nothing else (the API's issue rows, the
 * editor's document).
 * @example headerOf(storedIssue) // { title, year, seq, total, issuer, publishedOn, period, copies, distribution }
 */
export function headerOf(i: IssueHeader): IssueHeader {
  const { title, year, seq, total, issuer, publishedOn, period, copies, distribution } = i;
  return { title, year, seq, total, issuer, publishedOn, period, copies, distribution };
}

/**
 * Where the printed original of an imported issue broke its pages: the text just before and
 * just after each break (whitespace removed), and its page count. Rendering an unchanged
 * imported issue breaks its pages there, so a reprint has the original's pages; an issue
 * zhoubao composes has none and follows GB/T 9704's 22-line page.
 */
export const originalPages = z.object({
  breaks: z.array(z.object({ before: z.string().min(1).max(40), after: z.string().min(1).max(40) })).max(999),
  pages: z.number().int().positive().max(999),
});
export type OriginalPages = z.infer<typeof originalPages>;

/** A whole issue: header, section tree and attachments. */
export const issueDocument = issueHeader.extend({
  sections: z.array(section),
  attachments: z.array(attachment).default([]),
  originalPages: originalPages.nullable().optional(),
});
export type IssueDocument = z.infer<typeof issueDocument>;

/** An issue as stored: the document plus its identity and workflow state. */
export type StoredIssue = IssueDocument & {
  id: number;
  centerId: number;
  status: IssueStatus;
  revision: number;
  createdAt: string;
  updatedAt: string;
};


/**
 * A document sent to be saved or corrected keeps the stored issue's original pages unless
 * it says otherwise (null drops them): the web app and API clients edit the text and have
 * no business with where an imported original broke its pages.
 *
 * @example
 * keepOriginalPages({ ...edited, originalPages: undefined }, stored).originalPages === stored.originalPages; // true
 */
export function keepOriginalPages<T>(doc: T, stored: Pick<IssueDocument, "originalPages">): T {
  // Still unvalidated input on the save path (the repository parses it): only an object is touched.
  if (!doc || typeof doc !== "object" || (doc as { originalPages?: unknown }).originalPages !== undefined) return doc;
  return { ...doc, originalPages: stored.originalPages ?? null };
}
