import { z } from "zod";
import { CHECK_CODE_LIST, SEVERITIES } from "./codes.js";

export const severity = z.enum(SEVERITIES);
export const checkCode = z.enum(CHECK_CODE_LIST);

/**
 * One result of the consistency checks, shared by the CLI, the server and the web app.
 * `section`/`sectionId` name the section (or attachment) concerned, `field` the path of
 * the figure inside it (e.g. "licensing.accepted", "rows[12].rank"); all three are null
 * for the masthead except `field` ("seq", "period.start", "copies" …).
 */
export const finding = z.object({
  code: checkCode,
  severity,
  message: z.string().min(1),
  section: z.string().nullable(),
  sectionId: z.string().nullable(),
  field: z.string().nullable(),
  /** True when an editor gave a written reason to let this warning stand. */
  overridden: z.boolean().default(false),
  overrideReason: z.string().nullable().default(null),
});
export type Finding = z.infer<typeof finding>;

/**
 * An editor's written reason to let a warning (or info) stand. It matches findings by
 * code, section id and field; errors can never be overridden.
 */
export const findingOverride = z.object({
  code: checkCode,
  sectionId: z.string().nullable(),
  field: z.string().nullable(),
  reason: z.string().trim().min(2, "请写明忽略该警告的理由"),
});
export type FindingOverride = z.infer<typeof findingOverride>;

/**
 * True when an error stands (errors cannot be overridden, so any error blocks approval).
 *
 * @example
 * hasBlockingErrors(checkIssue(doc, ctx)); // false for a consistent issue
 */
export function hasBlockingErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}

/**
 * The warnings still waiting for a written reason.
 *
 * @example
 * openWarnings(findings).map((f) => f.code); // ["distribution.copies-missing"]
 */
export function openWarnings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === "warning" && !f.overridden);
}
