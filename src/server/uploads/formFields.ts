import type { z } from "zod";
import { ZhoubaoError } from "../../domain/errors.js";
import { unstorable } from "../../domain/model/bounded.js";

/**
 * A text field of a multipart form, checked by a zod schema as a route schema checks a
 * body (multipart fields bypass the route's schema). `json`: the field holds JSON.
 * Anything else is input.invalid with a Chinese message naming the field.
 *
 * @example
 * formField("mapping", columnMapping("cases"), '{"caseNo":"统一编码"}', { json: true }); // { caseNo: "统一编码" }
 */
export function formField<T>(name: string, schema: z.ZodType<T>, value: string, opts: { json?: boolean } = {}): T {
  let input: unknown = value;
  if (opts.json) {
    try {
      input = JSON.parse(value);
    } catch {
      throw new ZhoubaoError("input.invalid", `表单字段 ${name} 应为 JSON。`, { field: name });
    }
  }
  const bad = unstorable(input);
  if (bad) throw new ZhoubaoError("input.invalid", `表单字段 ${name} 不符合要求：${bad.path ? `${bad.path}：` : ""}${bad.message}`, { field: name });
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const where = issue.path.length ? `${issue.path.join(".")}：` : "";
  throw new ZhoubaoError("input.invalid", `表单字段 ${name} 不符合要求：${where}${issue.message}`, { field: name, issues: r.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) });
}
