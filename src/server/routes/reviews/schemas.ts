import { z } from "zod";
import { issueComparison, reviewComment } from "../../../domain/review/model.js";
import { queryInt } from "../../../domain/model/bounded.js";
import { refParam } from "../common.js";

/** GET /api/issues/:ref/review: the changes since the previous issue and the comments. */
export const reviewView = z.object({ comparison: issueComparison, comments: z.array(reviewComment) });
export type ReviewViewBody = z.infer<typeof reviewView>;

export const commentList = z.object({ comments: z.array(reviewComment) });
export const commentParams = refParam.extend({ id: queryInt().describe("意见编号") });
