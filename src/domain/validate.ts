import type { z } from "zod";
import { ZhoubaoError } from "./errors.js";

/**
 * Parses `value` with a zod schema; on failure throws `input.invalid` with a Chinese
 * message naming the first problem and every issue as details.
 *
 * @example
 * const doc = parseInput(issueDocument, body, "周报");
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what = "输入"): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  const first = issues[0];
  throw new ZhoubaoError(
    "input.invalid",
    `${what}不符合要求：${first ? `${first.path ? `${first.path}：` : ""}${first.message}` : "格式错误"}`,
    { issues },
  );
}
