import { ZhoubaoError } from "../errors.js";
import { CHECK_CODES } from "./codes.js";
import type { Finding, FindingOverride } from "./finding.js";

function matches(o: FindingOverride, f: Finding): boolean {
  return o.code === f.code && o.sectionId === f.sectionId && o.field === f.field;
}

/**
 * Marks the warnings (and infos) an override names as overridden, with its reason.
 * Errors stay as they are whatever the overrides say: they block approval.
 *
 * @example
 * applyOverrides(findings, [{ code: "distribution.copies-missing", sectionId: null, field: "copies", reason: "本期仅发电子版" }]);
 */
export function applyOverrides(findings: Finding[], overrides: readonly FindingOverride[]): Finding[] {
  if (!overrides.length) return findings;
  return findings.map((f) => {
    if (f.severity === "error") return f;
    const o = overrides.find((x) => matches(x, f));
    return o ? { ...f, overridden: true, overrideReason: o.reason.trim() } : f;
  });
}

/**
 * Refuses an override that cannot apply: one naming an error code, or one that matches
 * none of the current findings (so a stale reason is not stored). Throws input.invalid.
 *
 * @example
 * assertOverridable({ code: "policy.total-mismatch", sectionId: "s1", field: "lists[0].total", reason: "…" }, findings); // throws
 */
export function assertOverridable(o: FindingOverride, findings: readonly Finding[]): void {
  const spec = CHECK_CODES[o.code];
  if (spec.severity === "error")
    throw new ZhoubaoError("input.invalid", `“${spec.title}”（${o.code}）是错误，不能忽略，请先修改相应数字。`, o);
  if (!findings.some((f) => matches(o, f)))
    throw new ZhoubaoError("input.invalid", `本期没有可忽略的“${spec.title}”（${o.code}）警告${o.field ? `（${o.field}）` : ""}。`, o);
  if (o.reason.trim().length < 2) throw new ZhoubaoError("input.invalid", "请写明忽略该警告的理由。", o);
}
