import { z } from "zod";
import { isoMonth } from "./common.js";

/** One department's row of the monthly window assessment (窗口考核). */
export const assessmentRow = z.object({
  rank: z.number().int().positive(),
  department: z.string().min(1),
  base: z.number(),
  deduction: z.number(),
  bonus: z.number(),
  score: z.number(),
});
export type AssessmentRow = z.infer<typeof assessmentRow>;

/** The assessment table appended to an issue as an attachment (附件). */
export const assessmentAttachment = z.object({
  kind: z.literal("assessment"),
  month: isoMonth,
  title: z.string().min(1),
  rows: z.array(assessmentRow),
});
export type AssessmentAttachment = z.infer<typeof assessmentAttachment>;

export const attachment = z.discriminatedUnion("kind", [assessmentAttachment]);
export type Attachment = z.infer<typeof attachment>;
