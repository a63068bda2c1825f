/**
 * Shapes the API answers. Where the server or store defines a type it is imported from
 * there (type-only: nothing of the server reaches the browser), so both sides agree.
 */
export type { Role } from "@src/store/repositories/users";
export type { UserBody as User } from "@src/server/routes/auth/schemas";
export type { Submission, SubmissionContent, SubmissionStatus } from "@src/store/repositories/submissions";
export type { Inspection } from "@src/store/repositories/inspections";
export type { StoredAssessment, AssessmentEntry, AssessmentPoint } from "@src/store/repositories/assessments";
export type { IssueWorkflow } from "@src/store/repositories/issueWorkflow";
export type { IssueSummary } from "@src/store/repositories/issueRows";
export type { Finding, FindingOverride } from "@domain/checks/finding";
export type { IssueDocument, IssueStatus, StoredIssue } from "@domain/model/issue";
export type { Section, SectionContent, SectionKind, ContentOf } from "@domain/model/section";

/** The center an account belongs to. */
export type Center = { id: number; code: string; name: string };
