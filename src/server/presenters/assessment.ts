import { rowsOf } from "../../services/assessmentScorer.js";
import type { StoredAssessment } from "../../store/repositories/assessments.js";
import type { AssessmentView } from "../routes/assessments/schemas.js";
import { refOf } from "../routes/common.js";

const STATUS_LABELS = { draft: "草稿", approved: "已审定" } as const;

/** A month's assessment with its computed ranking. */
export function presentAssessment(a: StoredAssessment): AssessmentView {
  return {
    id: a.id,
    month: a.month,
    title: a.title,
    status: a.status,
    statusLabel: STATUS_LABELS[a.status],
    entries: a.entries,
    rows: rowsOf(a.entries),
    author: a.author,
    approver: a.approver,
    approvedAt: a.approvedAt,
    issue: refOf(a.issue),
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}
