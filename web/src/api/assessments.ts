import type { AssessmentView } from "@src/server/routes/assessments/schemas";
import type { AssessmentEntry } from "./types";
import { get, post, put } from "./client";

export type Assessment = AssessmentView;
export type AssessmentInput = { month: string; title?: string; entries: AssessmentEntry[] };

export async function listAssessments(): Promise<Assessment[]> {
  return (await get<{ assessments: Assessment[] }>("/api/assessments")).assessments;
}
export const createAssessment = (a: AssessmentInput) => post<Assessment>("/api/assessments", a);
export const editAssessment = (id: number, a: AssessmentInput) => put<Assessment>(`/api/assessments/${id}`, a);
export const approveAssessment = (id: number) => post<Assessment>(`/api/assessments/${id}/approve`, {});
export const attachAssessment = (id: number, issue: string) => post<Assessment>(`/api/assessments/${id}/attach`, { issue });
/** A month's results as an Excel workbook (GET …/export.xlsx). */
export const assessmentXlsxUrl = (id: number) => `/api/assessments/${id}/export.xlsx`;
