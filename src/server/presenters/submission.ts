import { SUBMISSION_STATUS_LABELS, type Submission } from "../../store/repositories/submissions.js";
import { refOf } from "../routes/common.js";
import type { SubmissionView } from "../routes/submissions/schemas.js";

const KIND_LABELS = { news: "工作动态", "leader-visit": "厅（局）长进大厅" } as const;

/** A submission with its labels: presentSubmission(s) → { statusLabel: "已退回", comment: "…", … }. */
export function presentSubmission(s: Submission): SubmissionView {
  return {
    id: s.id,
    issue: refOf(s.issue),
    departmentId: s.departmentId,
    department: s.department,
    kind: s.content.kind,
    kindLabel: KIND_LABELS[s.content.kind],
    content: s.content,
    status: s.status,
    statusLabel: SUBMISSION_STATUS_LABELS[s.status],
    comment: s.comment,
    author: s.author,
    reviewer: s.reviewer,
    submittedAt: s.submittedAt,
    reviewedAt: s.reviewedAt,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}
