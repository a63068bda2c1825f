import { SEVERITIES, SEVERITY_LABELS } from "../domain/checks/codes.js";
import type { Finding } from "../domain/checks/finding.js";

/** A finding with the issue it belongs to (`zhoubao check --all`). */
export type Located = Finding & { issue?: string };

/** Where a finding is, for people: the section's heading, or the masthead / 版记. */
function placeLabel(f: Finding): string {
  if (f.section) return f.section;
  return f.field === "copies" ? "版记" : "报头";
}

/** "错误 1 项，警告 0 项，提示 2 项" */
export function counts(findings: readonly Finding[]): string {
  return SEVERITIES.map((s) => `${SEVERITY_LABELS[s]} ${findings.filter((f) => f.severity === s).length} 项`).join("，");
}

/** Findings grouped by severity, errors first; one line each. */
export function printGrouped(findings: readonly Located[], out: (t: string) => void): void {
  for (const s of SEVERITIES) {
    const group = findings.filter((f) => f.severity === s);
    if (!group.length) continue;
    out(`${SEVERITY_LABELS[s]}（${group.length}）：`);
    for (const f of group) {
      const who = f.issue ? `${f.issue}  ` : "";
      const why = f.overridden ? `（已说明理由：${f.overrideReason}）` : "";
      out(`  ${who}[${f.code}]〔${placeLabel(f)}〕${f.message}${why}`);
    }
  }
}

