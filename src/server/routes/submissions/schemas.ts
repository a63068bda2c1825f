import { pageInfo } from "../../../domain/model/paging.js";
import { z } from "zod";
import { SUBMISSION_STATUSES, submissionContent } from "../../../store/repositories/submissions.js";

export { submissionInput as submissionBody, submissionFilter as submissionQuery } from "../../../services/submissionDrafter.js";
export { acceptInput as acceptBody, returnInput as returnBody } from "../../../services/submissionReviewer.js";

export const submissionView = z.object({
  id: z.number().int(),
  issue: z.string().nullable().describe("期号；null 表示报送时尚无草稿期，等待下一期新建后自动转入"),
  departmentId: z.number().int(),
  department: z.string(),
  kind: z.enum(["news", "leader-visit"]),
  kindLabel: z.string(),
  content: submissionContent,
  status: z.enum(SUBMISSION_STATUSES),
  statusLabel: z.string(),
  comment: z.string().nullable().describe("编辑的退回意见"),
  author: z.string(),
  reviewer: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SubmissionView = z.infer<typeof submissionView>;

export const submissionList = pageInfo.extend({ submissions: z.array(submissionView) });
