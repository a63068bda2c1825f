import type { IssueDocument } from "@domain/model/issue";
import type { Finding } from "@domain/checks/finding";
import { unfilledSections } from "@domain/checks/rules/completeness";

export type Task = { done: boolean; text: string };

/**
 * What is left before an issue can be published, in the order a clerk does it.
 *
 * @example
 * readiness(issue, findings, 2).filter((t) => !t.done).map((t) => t.text);
 */
export function readiness(doc: IssueDocument & { status: string }, findings: Finding[], pendingSubmissions: number): Task[] {
  // The same notion of "empty" as the checks that refuse 提交审核 (content.figures-missing / content.empty-section).
  const missing = unfilledSections(doc).map((s) => s.heading);
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning" && !f.overridden).length;
  const after = (s: string) => ["review", "approved", "published"].indexOf(doc.status) >= ["review", "approved", "published"].indexOf(s);
  return [
    { done: pendingSubmissions === 0, text: pendingSubmissions ? `处理 ${pendingSubmissions} 条待采用的部门报送` : "部门报送已全部处理" },
    { done: missing.length === 0, text: missing.length ? `填写尚空的栏目：${missing.join("、")}` : "各栏目均已填写" },
    { done: errors === 0, text: errors ? `改正 ${errors} 项校核错误` : "没有校核错误" },
    { done: warnings === 0, text: warnings ? `处理 ${warnings} 项校核警告（改正或写明理由）` : "校核警告已处理" },
    { done: after("review"), text: "提交审核" },
    { done: after("approved"), text: "审核人签发" },
    { done: doc.status === "published", text: "发布（生成 Word 与 PDF）" },
  ];
}
