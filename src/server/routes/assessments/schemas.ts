import { z } from "zod";
import { assessmentRow } from "../../../domain/model/assessment.js";
import { ASSESSMENT_STATUSES, assessmentEntry } from "../../../store/repositories/assessments.js";

export { assessmentInput as assessmentBody, attachAssessmentInput as attachBody } from "../../../services/assessmentScorer.js";

export const assessmentView = z.object({
  id: z.number().int(),
  month: z.string(),
  title: z.string(),
  status: z.enum(ASSESSMENT_STATUSES),
  statusLabel: z.string(),
  entries: z.array(assessmentEntry),
  rows: z.array(assessmentRow).describe("实得分与排名（由各项扣分、加分计算）"),
  author: z.string(),
  approver: z.string().nullable(),
  approvedAt: z.string().nullable(),
  issue: z.string().nullable().describe("所附周报的期号"),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AssessmentView = z.infer<typeof assessmentView>;
export const assessmentList = z.object({ assessments: z.array(assessmentView) });
