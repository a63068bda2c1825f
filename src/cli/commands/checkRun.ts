import { checkArchive } from "../../domain/checks/checkArchive.js";
import { checkIssue } from "../../domain/checks/checkIssue.js";
import { hasBlockingErrors } from "../../domain/checks/finding.js";
import { ZhoubaoError } from "../../domain/errors.js";
import { issueRef } from "../../domain/model/issue.js";
import { issueNumberLine } from "../../domain/present/dates.js";
import { toDocument } from "../../store/index.js";
import { issueRefArg } from "../args.js";
import type { CliContext } from "../context.js";
import { counts, printGrouped, type Located } from "../findings.js";

/** The JSON shape of a finding (`issue` only for --all). */
function toJson(f: Located) {
  const out = { code: f.code, severity: f.severity, message: f.message, section: f.section, field: f.field };
  return f.issue === undefined ? out : { issue: f.issue, ...out };
}

/** `zhoubao check [ref] [--all] [--json]`, loaded when the command runs (the checks need zod). */
export async function runCheck(ctx: CliContext, ref: string | undefined, opts: { all?: boolean; json?: boolean }): Promise<void> {
  if (!opts.all && !ref)
    throw new ZhoubaoError("issue.bad-ref", "请指定期号（例如 zhoubao check 2023-49），或使用 --all 检查全部周报。");
  if (opts.all && ref) throw new ZhoubaoError("issue.bad-ref", `--all 检查全部周报，不能同时指定期号“${ref}”。`, { ref });
  const target = opts.all ? null : issueRefArg(ref!);
  const store = await ctx.store();
  const centerId = (await ctx.center()).id;
  const [issues, calendar, registry] = await Promise.all([
    store.issues.all(centerId),
    store.calendar.calendar(centerId),
    store.departments.registry(centerId),
  ]);
  let findings: Located[];
  let heading: string;
  if (target) {
    const stored = await store.issues.require(centerId, target.year, target.seq);
    // The issue before it in running-number order, and the rest of its year.
    const k = issues.findIndex((i) => i.id === stored.id);
    const doc = toDocument(stored);
    const sameYear = issues.filter((i) => i.year === doc.year && i.id !== stored.id).map(toDocument);
    const previous = k > 0 ? toDocument(issues[k - 1]) : null;
    findings = checkIssue(doc, { previous, sameYear, calendar, registry, publishing: stored.status === "published" });
    heading = `${issueNumberLine(doc)}：${findings.length ? counts(findings) : "检查通过，未发现问题"}。`;
  } else {
    const published = new Set(issues.filter((i) => i.status === "published").map((i) => i.total));
    const results = checkArchive(issues.map(toDocument), calendar, registry, () => [], (i) => published.has(i.total));
    findings = results.flatMap((r) => r.findings.map((f) => ({ ...f, issue: issueRef(r.issue) })));
    const failing = results.filter((r) => hasBlockingErrors(r.findings)).length;
    heading = issues.length
      ? `共检查 ${issues.length} 期：${counts(findings)}${failing ? `；${failing} 期有错误` : ""}。`
      : "还没有周报，无可检查。";
  }
  if (hasBlockingErrors(findings)) process.exitCode = 1;
  if (opts.json) return ctx.out(JSON.stringify({ findings: findings.map(toJson) }, null, 2));
  ctx.out(heading);
  printGrouped(findings, ctx.out);
  if (hasBlockingErrors(findings)) ctx.out("存在错误：改正前不能签发。");
}
