import { z } from "zod";

/** The steps of publishing an issue, in order, with the names the page shows. */
export const PUBLISH_STEPS = [
  ["check", "校核"],
  ["docx", "DOCX"],
  ["pdf", "PDF"],
  ["html", "HTML"],
  ["archive", "归档"],
] as const;
export type PublishStepKey = (typeof PUBLISH_STEPS)[number][0];
const stepKeys = PUBLISH_STEPS.map(([k]) => k) as [PublishStepKey, ...PublishStepKey[]];

export const PUBLISH_STEP_STATES = ["pending", "running", "done", "failed"] as const;

/** A publication under way or just ended, as the server reports it while the page polls. */
export const publishJobView = z.object({
  id: z.string().describe("发布任务编号"),
  issue: z.string().describe("期号：年份-期号"),
  state: z.enum(["running", "done", "failed"]),
  steps: z.array(
    z.object({
      key: z.enum(stepKeys),
      label: z.string(),
      state: z.enum(PUBLISH_STEP_STATES),
      ms: z.number().int().nullable().describe("该步用时（毫秒），未结束为 null"),
    }),
  ),
  error: z.object({ code: z.string(), message: z.string() }).nullable().describe("失败时的错误代码与说明"),
});
export type PublishJobView = z.infer<typeof publishJobView>;
