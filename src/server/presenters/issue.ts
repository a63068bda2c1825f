import type { Finding, FindingOverride } from "../../domain/checks/index.js";
import { headerOf, ISSUE_STATUS_LABELS, type StoredIssue } from "../../domain/model/issue.js";
import { buildDocumentModel, pageLayout, pdfStandIns } from "../../render/index.js";
import type { IssueSummary } from "../../store/index.js";
import type { IssueWorkflow } from "../../store/repositories/issueWorkflow.js";
import type { IssueSummaryBody, IssueViewBody } from "../routes/issues/schemas.js";

/** A row of the issue list: presentIssueSummary(i) → { ref: "2026-46", statusLabel: "草稿", … } without the tree. */
export function presentIssueSummary(i: IssueSummary | StoredIssue): IssueSummaryBody {
  return {
    ref: `${i.year}-${i.seq}`,
    id: i.id,
    ...headerOf(i),
    status: i.status,
    statusLabel: ISSUE_STATUS_LABELS[i.status],
    revision: i.revision,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
  };
}

/** The issue with its tree, what the checks found and who moved it when. */
export function presentIssue(i: StoredIssue, findings: Finding[], workflow: IssueWorkflow): IssueViewBody {
  const { overrides, ...stamps } = workflow;
  // One document model for both notes on how the issue prints.
  const model = buildDocumentModel(i);
  return { ...presentIssueSummary(i), pageLayout: pageLayout(i, model), pdfStandIns: pdfStandIns(i, model), sections: i.sections, attachments: i.attachments, findings, overrides: overrides as FindingOverride[], workflow: stamps };
}
