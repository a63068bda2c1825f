import type { ReviewComment } from "@domain/review/model";
import type { ReviewViewBody } from "@src/server/routes/reviews/schemas";
import { get, post } from "./client";

export type { FigureDelta, IssueComparison, ReviewComment, SectionChange, TextRun } from "@domain/review/model";
/** The 审阅 of an issue: changes since the previous issue and the comments per section. */
export type ReviewView = ReviewViewBody;

export const getReview = (r: string) => get<ReviewView>(`/api/issues/${r}/review`);

export const listComments = async (r: string) => (await get<{ comments: ReviewComment[] }>(`/api/issues/${r}/comments`)).comments;

/** The approver's comment on one section. */
export const addComment = (r: string, sectionId: string, text: string) => post<ReviewComment>(`/api/issues/${r}/comments`, { sectionId, text });

/** The editor marks a comment resolved (it stays listed). */
export const resolveComment = (r: string, id: number) => post<ReviewComment>(`/api/issues/${r}/comments/${id}/resolve`, {});
