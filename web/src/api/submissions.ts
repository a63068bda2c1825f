import type { SubmissionView } from "@src/server/routes/submissions/schemas";
import type { SubmissionContent, SubmissionStatus } from "./types";
import { del, get, post, put, query } from "./client";

export type Submission = SubmissionView;
/** What a liaison writes: the content and, optionally, the issue it is for (default: the current draft). */
export type SubmissionInput = SubmissionContent & { issue?: string };

export async function listSubmissions(f: { issue?: string; status?: SubmissionStatus; departmentId?: number } = {}): Promise<Submission[]> {
  return (await get<{ submissions: Submission[] }>(`/api/submissions${query(f)}`)).submissions;
}

/** One page of submissions with the total over all pages (the review list pages on the server). */
export async function pageSubmissions(f: { issue?: string; status?: SubmissionStatus; departmentId?: number; page: number; pageSize: number }): Promise<{ submissions: Submission[]; total: number }> {
  return get<{ submissions: Submission[]; total: number }>(`/api/submissions${query(f)}`);
}

export const createSubmission = (s: SubmissionInput) => post<Submission>("/api/submissions", s);
export const editSubmission = (id: number, s: SubmissionInput) => put<Submission>(`/api/submissions/${id}`, s);
export const withdrawSubmission = (id: number) => del<{ ok: true }>(`/api/submissions/${id}`);
export const submitSubmission = (id: number) => post<Submission>(`/api/submissions/${id}/submit`, {});
export const acceptSubmission = (id: number, sectionId?: string) => post<Submission>(`/api/submissions/${id}/accept`, sectionId ? { sectionId } : {});
export const returnSubmission = (id: number, comment: string) => post<Submission>(`/api/submissions/${id}/return`, { comment });

export const STATUS_COLORS: Record<SubmissionStatus, string> = { draft: "default", submitted: "processing", accepted: "success", returned: "error" };
