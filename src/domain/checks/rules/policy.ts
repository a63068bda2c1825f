import { found, placeIn, sectionsOf, type IssueView } from "../context.js";
import type { Finding } from "../finding.js";

/**
 * policy.total-mismatch (error): a policy list's total is not the sum of its 免申即享
 * and 快申快享 items (123 = 122 + 1, 71 = 41 + 30).
 *
 * @example total 125 with 122 + 1 → "《…》共 125 个事项，不等于免申即享 122 项与快申快享 1 项之和 123 项。"
 */
export function policyTotalMismatch(view: IssueView): Finding[] {
  const out: Finding[] = [];
  for (const s of sectionsOf(view, "policy-lists"))
    s.content.lists.forEach((l, i) => {
      const sum = l.noApplication + l.fastApplication;
      if (l.total === sum) return;
      out.push(
        found(
          "policy.total-mismatch",
          `《${l.title}》共 ${l.total} 个事项，不等于免申即享 ${l.noApplication} 项与快申快享 ${l.fastApplication} 项之和 ${sum} 项。`,
          placeIn(s, `lists[${i}].total`),
        ),
      );
    });
  return out;
}
