import { z } from "zod";
import { isoDate } from "../domain/model/common.js";
import type { IssueDocument, StoredIssue } from "../domain/model/issue.js";
import { proposeNext, type Proposal } from "../domain/numbering/proposeNext.js";
import { builtinTemplate, treeFromPrevious } from "../domain/templates/builtin.js";
import { parseInput } from "../domain/validate.js";
import { ZhoubaoError } from "../domain/errors.js";
import type { Store } from "../store/index.js";
import { flowPendingInto } from "./submissionTarget.js";

/** Choices a person may make when starting an issue; everything else is proposed. */
export const draftOptions = z.object({
  year: z.number().int().optional(),
  seq: z.number().int().positive().optional(),
  total: z.number().int().positive().optional(),
  period: z.object({ start: isoDate, end: isoDate }).optional(),
  publishedOn: isoDate.nullable().optional(),
  /** A built-in template ("2022" | "2023") or a saved one by name; default: the previous issue's tree. */
  template: z.string().optional(),
});
export type DraftOptions = z.infer<typeof draftOptions>;

/**
 * Proposes the next issue of a center: numbers and period after its latest issue.
 *
 * @example
 * const p = await proposeNextIssue(store, center.id); // { year: 2026, seq: 46, total: 517, period, warnings }
 */
export async function proposeNextIssue(store: Store, centerId: number, today?: string): Promise<Proposal> {
  const latest = await store.issues.latest(centerId);
  return proposeNext(latest, await store.calendar.calendar(centerId), today);
}

/**
 * Starts a new draft issue: the proposed numbers and period (or the given ones), the
 * previous issue's section tree without its content (or a template), the center's
 * issuer and distribution; the submissions waiting for it flow in. Refuses what the store refuses (continuity, period).
 */
export async function draftIssue(store: Store, centerId: number, input: unknown = {}): Promise<{ issue: StoredIssue; warnings: string[] }> {
  const opts = parseInput(draftOptions, input, "新建周报的参数");
  return store.transaction(async (tx) => {
    const center = await tx.centers.byId(centerId);
    const latest = await tx.issues.latest(centerId);
    const proposal = proposeNext(latest, await tx.calendar.calendar(centerId));
    const year = opts.year ?? (opts.period ? Number(opts.period.start.slice(0, 4)) : proposal.year);
    const sections = await chooseTree(tx, centerId, opts.template ?? null, latest, center.defaults.template);
    const doc: IssueDocument = {
      title: latest?.title ?? "窗口工作周报",
      year,
      seq: opts.seq ?? proposal.seq,
      total: opts.total ?? proposal.total,
      issuer: center.name,
      publishedOn: opts.publishedOn ?? null,
      period: opts.period ?? proposal.period,
      copies: latest?.copies ?? center.defaults.copies,
      distribution: latest?.distribution ?? { report: center.defaults.report, send: center.defaults.send, issue: center.defaults.issue },
      sections,
      attachments: [],
    };
    const issue = await tx.issues.create(centerId, doc);
    // Liaisons' items written while no issue was in draft join the issue they waited for.
    await flowPendingInto(tx, issue, latest);
    return { issue, warnings: opts.period ? [] : proposal.warnings };
  });
}

async function chooseTree(store: Store, centerId: number, template: string | null, latest: StoredIssue | null, fallback: "2022" | "2023") {
  if (template === "2022" || template === "2023") return builtinTemplate(template);
  if (template) {
    const saved = (await store.templates.list(centerId)).find((t) => t.name === template);
    if (!saved) throw new ZhoubaoError("input.bad-reference", `未找到名为“${template}”的模板。`, { template });
    return treeFromPrevious(saved.sections);
  }
  return latest ? treeFromPrevious(latest.sections) : builtinTemplate(fallback);
}
