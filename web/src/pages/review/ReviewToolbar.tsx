import { App, Button, Input, Space, Tooltip, Typography } from "antd";
import { CheckOutlined, EditOutlined, RollbackOutlined } from "@ant-design/icons";
import { Link } from "react-router-dom";
import { chinesePeriod, issueNumberLine } from "@domain/present/dates";
import { transition, type IssueAction, type IssueView } from "../../api/issues";
import type { Role } from "../../api/types";
import { can } from "../../auth/roles";
import { messageOf } from "../../components/Feedback";
import { StatusTag } from "../../components/StatusTag";

type Props = { issue: IssueView; role: Role; onMoved(i: IssueView): void };

/** The issue's number and state, and the approver's moves: 签发 (with the workflow's checks) or 退回草稿. */
export function ReviewToolbar({ issue, role, onMoved }: Props) {
  const { message, modal } = App.useApp();
  const r = `${issue.year}-${issue.seq}`;
  const errors = issue.findings.filter((f) => f.severity === "error").length;
  const warnings = issue.findings.filter((f) => f.severity === "warning" && !f.overridden).length;
  const blockedWhy = errors ? `还有 ${errors} 项校核错误` : warnings ? `还有 ${warnings} 项警告未填写理由` : "";

  const move = (action: IssueAction, title: string, text: string, okText: string, done: string) => {
    let comment = "";
    modal.confirm({
      title,
      content: (
        <div>
          <Typography.Paragraph>{text}</Typography.Paragraph>
          <Input.TextArea aria-label="意见" placeholder="意见（可不填）" autoSize={{ minRows: 2 }} maxLength={500} onChange={(e) => (comment = e.target.value)} />
        </div>
      ),
      okText,
      cancelText: "取消",
      okButtonProps: { danger: action === "reopen" },
      onOk: async () => {
        try {
          onMoved(await transition(r, action, comment.trim() || undefined));
          message.success(done);
        } catch (e) {
          message.error(messageOf(e));
        }
      },
    });
  };

  return (
    <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between", gap: 12, flexWrap: "wrap", marginBottom: 12 }}>
      <Space size={8} wrap>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="issue-title">
          审阅 · {issueNumberLine(issue)}
        </Typography.Title>
        <Typography.Text type="secondary">（{chinesePeriod(issue.period)}）</Typography.Text>
        <StatusTag status={issue.status} />
      </Space>
      <Space size={8} wrap>
        {issue.status === "review" && can(role, "approveIssue") ? (
          <Tooltip title={blockedWhy}>
            <Button type="primary" icon={<CheckOutlined />} disabled={!!blockedWhy} data-testid="review-approve" onClick={() => move("approve", "签发本期", "签发后编辑即可发布本期周报。", "签发", "已签发。")}>
              签发
            </Button>
          </Tooltip>
        ) : null}
        {(issue.status === "review" || issue.status === "approved") && can(role, "reopenIssue") ? (
          <Button icon={<RollbackOutlined />} data-testid="review-reopen" onClick={() => move("reopen", "退回草稿", "退回后编辑可以按审阅意见修改，需重新提交审核。", "退回草稿", "已退回草稿。")}>
            退回草稿
          </Button>
        ) : null}
        <Link to={`/editor/${r}`}>
          <Button icon={<EditOutlined />}>{can(role, "editIssue") ? "打开编辑" : "在编辑页查看"}</Button>
        </Link>
      </Space>
    </div>
  );
}
