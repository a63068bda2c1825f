import { z } from "zod";

/** The center's clock: reminders and scheduled publishing run in China Standard Time. */
export const CENTER_TIMEZONE = "Asia/Shanghai";

/** The recurring jobs of a week and when they run by default (cron in CENTER_TIMEZONE). */
export const RECURRING_JOBS = {
  "remind-liaisons": { cron: "0 10 * * 4", label: "提醒尚未报送本期稿件的部门联络员（默认每周四 10:00）" },
  "remind-editor": { cron: "0 10 * * 5", label: "本期仍是草稿时提醒编辑提交审核（默认每周五 10:00）" },
} as const;
export type RecurringJobKind = keyof typeof RECURRING_JOBS;
export const RECURRING_JOB_KINDS = Object.keys(RECURRING_JOBS) as RecurringJobKind[];
export const JOB_KINDS = [...RECURRING_JOB_KINDS, "publish"] as const;
export type JobKind = RecurringJobKind | "publish";
export const JOB_STATUSES = ["pending", "running", "done", "failed", "cancelled"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** Attempts of one message (e-mail or webhook call) before it is marked failed; 重发 starts again. */
export const MAX_DELIVERY_ATTEMPTS = 8;
/** Attempts of a job (a reminder, a scheduled publish) before it is marked failed. */
export const MAX_JOB_ATTEMPTS = 5;

/**
 * Exponential backoff after the n-th failed attempt (n ≥ 1): 1, 2, 4 … minutes, at most 6 hours.
 *
 * @example
 * backoffMs(3) // 240000
 */
export function backoffMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3600_000);
}

export const scheduleInput = z.object({
  kind: z.enum(RECURRING_JOB_KINDS as [RecurringJobKind, ...RecurringJobKind[]], { error: () => "任务应为 remind-liaisons 或 remind-editor" }),
  cron: z.string().trim().min(9, "请填写 cron 表达式，如 0 10 * * 4").max(100, "cron 表达式过长"),
  active: z.boolean().default(true),
});
export const scheduleView = z.object({
  kind: z.enum(RECURRING_JOB_KINDS as [RecurringJobKind, ...RecurringJobKind[]]),
  label: z.string(),
  cron: z.string(),
  active: z.boolean(),
  dueAt: z.string().nullable().describe("下次运行时间"),
  lastRunAt: z.string().nullable(),
  lastError: z.string().nullable(),
});

export const scheduledPublishInput = z.object({ at: z.iso.datetime({ offset: true, error: () => "发布时间应为 ISO 时间，如 2026-11-27T09:00:00+08:00" }) });
export const scheduledPublishView = z.object({
  id: z.number().int(),
  dueAt: z.string(),
  status: z.enum(JOB_STATUSES),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  by: z.string(),
});
