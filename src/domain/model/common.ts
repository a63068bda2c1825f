import { z } from "zod";
import { INT4_MAX, YEAR_MAX, YEAR_MIN } from "./bounded.js";

/** A calendar date as YYYY-MM-DD (no time zone: the center's local date), in a year from 2000 to 2100. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "不是有效的日期")
  .refine((s) => Number(s.slice(0, 4)) >= YEAR_MIN && Number(s.slice(0, 4)) <= YEAR_MAX, `日期的年份应在 ${YEAR_MIN} 至 ${YEAR_MAX} 年之间`);

/** A month as YYYY-MM, in a year from 2000 to 2100. */
export const isoMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "月份格式应为 YYYY-MM")
  .refine((s) => Number(s.slice(0, 4)) >= YEAR_MIN && Number(s.slice(0, 4)) <= YEAR_MAX, `月份的年份应在 ${YEAR_MIN} 至 ${YEAR_MAX} 年之间`);

export const period = z.object({ start: isoDate, end: isoDate });
export type Period = z.infer<typeof period>;

export const count = z.number().int().nonnegative().max(INT4_MAX);

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
