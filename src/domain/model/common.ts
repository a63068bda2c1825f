import { z } from "zod";

/** A calendar date as YYYY-MM-DD (no time zone: the center's local date). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "不是有效的日期");

export const period = z.object({ start: isoDate, end: isoDate });
export type Period = z.infer<typeof period>;

export const count = z.number().int().nonnegative();

/** Accepted/completed counts of one category (DESIGN.md §2). */
export const pair = z.object({ accepted: count, completed: count });
export type Pair = z.infer<typeof pair>;

/** Front-desk measures of the comprehensive window. */
export const windowMeasures = z.object({
  consulted: count,
  accepted: count,
  issued: count,
  circulated: count,
});
export type WindowMeasures = z.infer<typeof windowMeasures>;

/** A fresh identifier for a section, item or row. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
