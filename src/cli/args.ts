import { InvalidArgumentError } from "commander";
import { ZhoubaoError } from "../domain/errors.js";
import { parseIssueRef } from "../domain/model/issueRef.js";

/** "2023-49" → { year, seq }, or issue.bad-ref with a Chinese message. */
export function issueRefArg(ref: string): { year: number; seq: number } {
  const r = parseIssueRef(ref);
  if (!r) throw new ZhoubaoError("issue.bad-ref", `期号“${ref}”格式不对，应为 年份-期号，例如 2023-49。`, { ref });
  return r;
}

/** A positive whole number option. */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`“${value}”不是正整数。`);
  return n;
}
