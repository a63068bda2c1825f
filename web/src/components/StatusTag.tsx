import { Tag } from "antd";
import { ISSUE_STATUS_LABELS, type IssueStatus } from "@domain/model/issue";

const COLORS: Record<IssueStatus, string> = { draft: "default", review: "processing", approved: "warning", published: "success" };

/** 草稿 / 待审核 / 已签发 / 已发布 in the colour of its state. */
export function StatusTag({ status }: { status: IssueStatus }) {
  return (
    <Tag color={COLORS[status]} data-testid="issue-status">
      {ISSUE_STATUS_LABELS[status]}
    </Tag>
  );
}
