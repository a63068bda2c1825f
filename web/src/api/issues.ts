import type { PublishJobView } from "@domain/publishing";
import type { IssueDocument } from "@domain/model/issue";
import type { FindingOverride } from "@domain/checks/finding";
import type { IssueSummaryBody, IssueViewBody, PdfFontsBody } from "@src/server/routes/issues/schemas";
import { get, post, put, query } from "./client";

/** A row of the issue list (GET /api/issues). */
export type IssueSummary = IssueSummaryBody;
/** An issue as the editor loads it: tree, findings, override reasons, workflow stamps. */
export type IssueView = IssueViewBody;
export type IssueAction = "submit" | "approve" | "publish" | "reopen";
export type Revision = { revision: number; reason: string | null; createdBy: string | null; createdAt: string };

export const ref = (i: { year: number; seq: number }) => `${i.year}-${i.seq}`;

/** Summaries, newest first (readers see published issues only). */
export async function listIssues(params: { year?: number; limit?: number } = {}): Promise<IssueSummary[]> {
  return (await get<{ issues: IssueSummary[] }>(`/api/issues${query(params)}`)).issues;
}

/** Which face prints each official font in this server's PDFs (GET /api/render/fonts). */
export type PdfFonts = PdfFontsBody;
export const getPdfFonts = () => get<PdfFonts>("/api/render/fonts");

export const getIssue = (r: string) => get<IssueView>(`/api/issues/${r}`);

/** Starts the next issue (numbers, period and tree proposed by the server unless given). */
export const createIssue = (opts: { template?: string; period?: { start: string; end: string }; seq?: number; total?: number; year?: number } = {}) =>
  post<{ issue: IssueView; warnings: string[] }>("/api/issues", opts);

/** Saves the edited document; `updatedAt` makes the server refuse to overwrite a newer save. */
export const saveIssue = (r: string, document: IssueDocument, updatedAt: string) => put<IssueView>(`/api/issues/${r}`, { document, updatedAt });

export const transition = (r: string, action: IssueAction, comment?: string) =>
  post<IssueView>(`/api/issues/${r}/transitions`, { action, ...(comment ? { comment } : {}) });

export const setOverrides = (r: string, overrides: FindingOverride[]) => put<unknown>(`/api/issues/${r}/overrides`, { overrides });

export const listRevisions = async (r: string) => (await get<{ revisions: Revision[] }>(`/api/issues/${r}/revisions`)).revisions;

/** A correction of a published issue: a new revision with a reason; both stay readable. */
export const correctIssue = (r: string, reason: string, document: IssueDocument) => post<IssueView>(`/api/issues/${r}/corrections`, { reason, document });

export const documentUrl = (r: string, format: "docx" | "pdf" | "html", revision?: number) => `/api/issues/${r}/document.${format}${query({ revision })}`;

/** "窗口工作周报2023年第49期.pdf" (the server's Content-Disposition wins when it sends one). */
export const documentName = (i: { title?: string; year: number; seq: number }, format: string) => `${i.title ?? "窗口工作周报"}${i.year}年第${i.seq}期.${format}`;

/** Publishes an approved issue; the answer is the job whose steps the page then polls. */
export const startPublish = (r: string, comment?: string) => post<PublishJobView>(`/api/issues/${r}/publish-jobs`, comment ? { comment } : {});
export const getPublishJob = (id: string) => get<PublishJobView>(`/api/publish-jobs/${id}`);
