import { z } from "zod";

/**
 * The approver's 审阅 (issue 18): what changed since the previous issue and the comments
 * per section. Defined once here; the server answers with them and the web app reads
 * their types.
 */

/** A run of text: kept, added since the previous issue, or removed from it. */
export const textRun = z.object({ op: z.enum(["same", "added", "removed"]), text: z.string() });
export type TextRun = z.infer<typeof textRun>;

/** How a section compares with its match in the previous issue. */
export const SECTION_CHANGES = ["same", "changed", "new", "removed"] as const;
export const sectionChange = z.object({
  /** The section in this issue; null for one of the previous issue that is gone. */
  sectionId: z.string().nullable(),
  heading: z.string(),
  level: z.number().int(),
  change: z.enum(SECTION_CHANGES),
  /** The printed text (one line per paragraph) marked against the previous issue's. */
  runs: z.array(textRun),
});
export type SectionChange = z.infer<typeof sectionChange>;

/** One figure of the Facts with its value in the previous issue and the difference. */
export const figureDelta = z.object({
  key: z.string().describe("稳定的指标键，如 platformStats.licensing.accepted"),
  sectionId: z.string().nullable(),
  label: z.string().describe("如 行政许可事项受理"),
  unit: z.string(),
  value: z.number(),
  previous: z.number().nullable(),
  delta: z.number().nullable().describe("较上期的增减；无可比的上期时为 null"),
  /** Why there is no delta, in Chinese (年内首期 …), or null. */
  note: z.string().nullable(),
});
export type FigureDelta = z.infer<typeof figureDelta>;

export const issueComparison = z.object({
  previous: z.object({ ref: z.string(), year: z.number().int(), seq: z.number().int() }).nullable(),
  sections: z.array(sectionChange),
  figures: z.array(figureDelta),
});
export type IssueComparison = z.infer<typeof issueComparison>;

/** A comment of the approver on one section; the editor resolves it, and it stays listed as resolved. */
export const COMMENT_STATUSES = ["open", "resolved"] as const;
export const reviewComment = z.object({
  id: z.number().int(),
  sectionId: z.string(),
  /** The heading when the comment was written, so it reads even if the section is renamed or removed. */
  heading: z.string(),
  text: z.string(),
  status: z.enum(COMMENT_STATUSES),
  createdBy: z.string(),
  createdByName: z.string(),
  createdAt: z.string(),
  resolvedBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
});
export type ReviewComment = z.infer<typeof reviewComment>;

export const COMMENT_MAX = 1000;
export const newComment = z.object({
  sectionId: z.string().max(100).describe("栏目 id"),
  text: z.string().max(COMMENT_MAX, `意见不能超过 ${COMMENT_MAX} 字`).describe("审阅意见"),
});
export type NewComment = z.infer<typeof newComment>;
