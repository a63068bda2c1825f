import { useState, type ReactNode } from "react";
import { App, Button, Input, Popconfirm, Space, Tooltip, Typography } from "antd";
import { CheckOutlined, EditOutlined, RollbackOutlined, SaveOutlined, SendOutlined, UndoOutlined, CloudUploadOutlined } from "@ant-design/icons";
import { issueNumberLine, chinesePeriod } from "@domain/present/dates";
import type { IssueAction, IssueView } from "../../api/issues";
import type { Role } from "../../api/types";
import { can } from "../../auth/roles";
import { StatusTag } from "../../components/StatusTag";
import { DownloadButtons } from "../../components/DownloadButtons";
import { PageLayoutNote } from "../../components/PageLayoutNote";
import { StandInNote } from "../../components/StandInNote";
import { messageOf } from "../../components/Feedback";
import { ScheduledPublishButton } from "./ScheduledPublishButton";
import { PublishProgress } from "./PublishProgress";

type Props = {
  issue: IssueView;
  role: Role;
  dirty: boolean;
  saving: boolean;
  correcting: boolean;
  /** Where the working copy stands (已保存 / 正在保存… / 未保存的更改); else a plain "有未保存的修改". */
  status?: ReactNode;
  onSave(): Promise<unknown>;
  onDiscard(): void;
  onAct(action: IssueAction, comment?: string): Promise<void>;
  onStartCorrection(): void;
  onSubmitCorrection(reason: string): Promise<void>;
  /** After a publication ended (published or not): the page reads the issue afresh. */
  onPublished(): Promise<void>;
};

/** The issue's number line, its state, and the one or two things to do next. */
export function EditorToolbar(p: Props) {
  const { message, modal } = App.useApp();
  const { issue, role, dirty } = p;
  const [publishing, setPublishing] = useState<{ comment?: string } | null>(null);
  const errors = issue.findings.filter((f) => f.severity === "error").length;
  const openWarnings = issue.findings.filter((f) => f.severity === "warning" && !f.overridden).length;
  const blocked = errors > 0 || openWarnings > 0;
  const blockedWhy = errors ? `还有 ${errors} 项校核错误` : openWarnings ? `还有 ${openWarnings} 项警告未填写理由` : "";

  const run = async (action: IssueAction, done: string, comment?: string) => {
    // Publishing takes a while (three files rendered): it shows its steps instead of a spinner.
    if (action === "publish") return setPublishing({ comment });
    try {
      await p.onAct(action, comment);
      message.success(done);
    } catch (e) {
      message.error(messageOf(e));
    }
  };

  /** Asks for an optional comment, then moves the issue. */
  const withComment = (title: string, content: string, okText: string, action: IssueAction, done: string, danger = false) => {
    let comment = "";
    modal.confirm({
      title,
      content: (
        <div>
          <Typography.Paragraph>{content}</Typography.Paragraph>
          <Input.TextArea aria-label="意见" placeholder="意见（可不填）" autoSize={{ minRows: 2 }} maxLength={500} onChange={(e) => (comment = e.target.value)} />
        </div>
      ),
      okText,
      cancelText: "取消",
      okButtonProps: { danger },
      onOk: () => run(action, done, comment.trim() || undefined),
    });
  };

  const save = async () => {
    try {
      await p.onSave();
      message.success("已保存，校核结果已更新。");
    } catch (e) {
      message.error(messageOf(e));
    }
  };

  const correction = () => {
    let reason = "";
    modal.confirm({
      title: "提交更正",
      content: (
        <div>
          <Typography.Paragraph>更正将生成新的版次，原已发布的版本仍可查阅。请写明更正理由。</Typography.Paragraph>
          <Input.TextArea aria-label="更正理由" autoSize={{ minRows: 2 }} maxLength={500} onChange={(e) => (reason = e.target.value)} />
        </div>
      ),
      okText: "提交更正",
      cancelText: "取消",
      onOk: async () => {
        if (reason.trim().length < 2) {
          message.error("请写明更正理由。");
          throw new Error("no reason");
        }
        try {
          await p.onSubmitCorrection(reason.trim());
          message.success("已发布更正版。");
        } catch (e) {
          message.error(messageOf(e));
          throw e;
        }
      },
    });
  };

  const s = issue.status;
  return (
    <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between", gap: 12, flexWrap: "wrap", marginBottom: 12 }}>
      <Space size={8} wrap>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="issue-title">
          {issueNumberLine(issue)}
        </Typography.Title>
        <Typography.Text type="secondary">（{chinesePeriod(issue.period)}）</Typography.Text>
        <StatusTag status={s} />
        {issue.revision > 1 ? <Typography.Text type="secondary">第 {issue.revision} 版</Typography.Text> : null}
        {p.status && s === "draft" && !p.correcting ? p.status : dirty ? <Typography.Text type="warning">有未保存的修改</Typography.Text> : null}
      </Space>
      <Space size={8} wrap>
        {(s === "draft" || p.correcting) && can(role, "editIssue") ? (
          <>
            <Popconfirm title="撤销全部未保存的修改？" okText="撤销" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={p.onDiscard} disabled={!dirty}>
              <Button icon={<UndoOutlined />} disabled={!dirty}>
                撤销修改
              </Button>
            </Popconfirm>
            {p.correcting ? (
              <Button type="primary" icon={<CloudUploadOutlined />} onClick={correction} disabled={!dirty}>
                提交更正
              </Button>
            ) : (
              <Button type={dirty ? "primary" : "default"} icon={<SaveOutlined />} loading={p.saving} onClick={save} data-testid="save">
                保存
              </Button>
            )}
          </>
        ) : null}
        {s === "draft" && can(role, "editIssue") ? (
          <Tooltip title={dirty ? "请先保存" : blockedWhy}>
            <Button
              icon={<SendOutlined />}
              disabled={dirty || blocked}
              data-testid="submit-review"
              onClick={() => withComment("提交审核", "提交后本期将锁定，等待审核人签发。", "提交审核", "submit", "已提交审核。")}
            >
              提交审核
            </Button>
          </Tooltip>
        ) : null}
        {s === "review" && can(role, "approveIssue") ? (
          <Tooltip title={blockedWhy}>
            <Button type="primary" icon={<CheckOutlined />} disabled={blocked} data-testid="approve" onClick={() => withComment("签发本期", "签发后编辑即可发布本期周报。", "签发", "approve", "已签发。")}>
              签发
            </Button>
          </Tooltip>
        ) : null}
        {s === "approved" && can(role, "editIssue") ? (
          <Button type="primary" icon={<CloudUploadOutlined />} data-testid="publish" onClick={() => withComment("发布本期", "发布后将生成并保存 Word、PDF 与 HTML 文件，内容冻结，不能再修改（只能提交更正）。", "发布", "publish", "已发布。")}>
            发布
          </Button>
        ) : null}
        {s === "approved" && (role === "editor" || role === "approver") ? <ScheduledPublishButton issueRef={`${issue.year}-${issue.seq}`} /> : null}
        {(s === "review" || s === "approved") && can(role, "reopenIssue") ? (
          <Button icon={<RollbackOutlined />} data-testid="reopen" onClick={() => withComment("退回草稿", "退回后编辑可以继续修改，需重新提交审核。", "退回草稿", "reopen", "已退回草稿。", true)}>
            退回草稿
          </Button>
        ) : null}
        {s === "published" && can(role, "editIssue") && !p.correcting ? (
          <Button icon={<EditOutlined />} onClick={p.onStartCorrection}>
            更正
          </Button>
        ) : null}
        <DownloadButtons issue={issue} />
        <PageLayoutNote layout={issue.pageLayout} />
        <StandInNote standIns={issue.pdfStandIns} />
      </Space>
      {publishing ? (
        <PublishProgress
          issueRef={`${issue.year}-${issue.seq}`}
          comment={publishing.comment}
          onEnd={(published) => {
            setPublishing(null);
            if (published) message.success("已发布。");
            void p.onPublished();
          }}
        />
      ) : null}
    </div>
  );
}
