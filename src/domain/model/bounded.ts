import { z } from "zod";

/**
 * Limits of what the stores can hold. PostgreSQL refuses NUL in text and integers beyond
 * int4 (SQLite takes both), so such input must be refused as input.invalid at the edge
 * rather than fail as a 500 deep in a query.
 */
export const INT4_MAX = 2 ** 31 - 1;
export const INT4_MIN = -(2 ** 31);
/** Years a date may have: the archive starts after 2000; later than 2100 is a typo. */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

const NUL_MESSAGE = "不能包含空字符（\\u0000）";
export const INT_MESSAGE = `应为 ${INT4_MIN} 至 ${INT4_MAX} 之间的整数`;

/** Text without NUL. */
export const text = () => z.string().refine((s) => !s.includes("\u0000"), NUL_MESSAGE);
/** An integer a PostgreSQL integer column holds. */
export const int4 = () => z.number().int().min(INT4_MIN, INT_MESSAGE).max(INT4_MAX, INT_MESSAGE);
/** An integer from a query string or path ("42"), within int4 and `min`. */
export const queryInt = (min = 1, max = INT4_MAX) => z.coerce.number().int().min(min).max(max);

/**
 * The first value in a parsed request (body, query, params, form fields) that no store
 * column can hold — a string with NUL, a number outside int4 when integral or not
 * finite — as a dotted path and a Chinese reason; null when there is none.
 *
 * @example
 * unstorable({ items: [{ note: "a\u0000b" }] }) // { path: "items.0.note", message: "不能包含空字符（\\u0000）" }
 */
export function unstorable(value: unknown, path: string[] = []): { path: string; message: string } | null {
  if (typeof value === "string") return value.includes("\u0000") ? { path: path.join("."), message: NUL_MESSAGE } : null;
  if (typeof value === "number") {
    if (!Number.isFinite(value) || (Number.isInteger(value) && (value > INT4_MAX || value < INT4_MIN))) return { path: path.join("."), message: INT_MESSAGE };
    return null;
  }
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (typeof k === "string" && k.includes("\u0000")) return { path: [...path, k].join("."), message: NUL_MESSAGE };
      const found = unstorable(v, [...path, k]);
      if (found) return found;
    }
  }
  return null;
}
