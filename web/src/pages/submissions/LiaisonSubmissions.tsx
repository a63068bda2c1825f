import { useState } from "react";
import { Alert, App, Button, Card, Popconfirm, Segmented, Space, Table, Tag, Typography } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import { chinesePeriod, issueNumberLine } from "@domain/present/dates";
import { getIssue, listIssues, ref } from "../../api/issues";
import { createSubmission, editSubmission, listSubmissions, STATUS_COLORS, submitSubmission, withdrawSubmission, type Submission, type SubmissionInput } from "../../api/submissions";
import { useUser } from "../../auth/AuthProvider";
import { ErrorBox, Loading, messageOf } from "../../components/Feedback";
import { useRequest } from "../../hooks/useRequest";
import { SubmissionForm } from "./SubmissionForm";
import { SubmissionText } from "./SubmissionText";

/** A liaison's week: write items for the current issue, send them, rework what came back. */
export function LiaisonSubmissions() {
  const user = useUser();
  const { message } = App.useApp();
  const issues = useRequest(() => listIssues({ limit: 10 }), []);
  const current = issues.data?.find((i) => i.status === "draft") ?? null;
  // With no draft, items wait for the next issue, whose sections the latest issue's tree foretells.
  const pattern = current ?? issues.data?.[0] ?? null;
  const issue = useRequest(() => getIssue(ref(pattern!)), [pattern?.id], !!pattern);
  const mine = useRequest(() => listSubmissions(), []);
  const [editing, setEditing] = useState<Submission | null>(null);
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<"current" | "all">("current");

  const save = async (input: SubmissionInput, andSubmit: boolean) => {
    try {
      const s = editing ? await editSubmission(editing.id, input) : await createSubmission(input);
      if (andSubmit) await submitSubmission(s.id);
      message.success(andSubmit ? "已报送给编辑。" : "已保存草稿，尚未报送。");
      setOpen(false);
      setEditing(null);
      await mine.reload();
    } catch (e) {
      message.error(messageOf(e));
      throw e;
    }
  };
  const act = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      message.success(done);
      await mine.reload();
    } catch (e) {
      message.error(messageOf(e));
    }
  };

  if (issues.loading || mine.loading) return <Loading />;
  if (issues.error || mine.error) return <ErrorBox error={issues.error ?? mine.error} retry={() => (issues.reload(), mine.reload())} />;
  const returned = (mine.data ?? []).filter((s) => s.status === "returned");
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Card size="small">
        <Space style={{ justifyContent: "space-between", width: "100%" }} wrap>
          {current ? (
            <Typography.Text>
              本期：<Typography.Text strong>{issueNumberLine(current)}</Typography.Text>（{chinesePeriod(current.period)}）　报送部门：<Typography.Text strong>{user.department}</Typography.Text>
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary" data-testid="waiting-note">
              本期周报尚未创建。现在就可以报送，稿件将在编辑新建本期时自动转入（栏目按上一期列出）。
            </Typography.Text>
          )}
          <Button type="primary" icon={<PlusOutlined />} disabled={!pattern || !issue.data} onClick={() => (setEditing(null), setOpen(true))} data-testid="new-submission">
            新建报送
          </Button>
        </Space>
      </Card>
      {returned.length ? <Alert type="warning" showIcon title={`有 ${returned.length} 条报送被编辑退回，请查看退回意见，修改后重新报送。`} /> : null}
      <Table<Submission>
        rowKey="id"
        dataSource={(mine.data ?? []).filter((x) => scope === "all" || x.issue === (current ? ref(current) : null))}
        title={() => (
          <Segmented
            value={scope}
            onChange={(v) => setScope(v as "current" | "all")}
            options={[
              { value: "current", label: "本期" },
              { value: "all", label: "全部往期" },
            ]}
          />
        )}
        pagination={{ pageSize: 10, showTotal: (n) => `共 ${n} 条` }}
        locale={{ emptyText: "还没有报送" }}
        columns={[
          { title: "期号", dataIndex: "issue", width: 90, render: (v) => v ?? <Typography.Text type="secondary">待下期</Typography.Text> },
          { title: "类型", dataIndex: "kindLabel", width: 130 },
          { title: "内容", render: (_, s) => <SubmissionText s={s} rows={2} /> },
          {
            title: "状态",
            width: 220,
            render: (_, s) => (
              <div data-testid="submission-status">
                <Tag color={STATUS_COLORS[s.status]}>{s.statusLabel}</Tag>
                {s.status === "returned" && s.comment ? (
                  <Typography.Paragraph type="danger" style={{ margin: "4px 0 0" }} data-testid="return-comment">
                    退回意见：{s.comment}
                  </Typography.Paragraph>
                ) : null}
              </div>
            ),
          },
          {
            title: "操作",
            width: 200,
            render: (_, s) =>
              s.status === "draft" || s.status === "returned" ? (
                <Space size={0} wrap>
                  <Button type="link" size="small" disabled={!issue.data} onClick={() => (setEditing(s), setOpen(true))}>
                    修改
                  </Button>
                  <Button type="link" size="small" onClick={() => act(() => submitSubmission(s.id), "已报送给编辑。")}>
                    {s.status === "returned" ? "重新报送" : "报送"}
                  </Button>
                  <Popconfirm title="撤回并删除这条报送？" okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => act(() => withdrawSubmission(s.id), "已删除。")}>
                    <Button type="link" size="small" danger>
                      删除
                    </Button>
                  </Popconfirm>
                </Space>
              ) : (
                <Typography.Text type="secondary">{s.status === "submitted" ? "等待编辑处理" : `已由${s.reviewer ?? "编辑"}采用`}</Typography.Text>
              ),
          },
        ]}
      />
      {pattern && issue.data ? (
        <SubmissionForm open={open} editing={editing} sections={issue.data.sections} issue={current ?? undefined} onCancel={() => (setOpen(false), setEditing(null))} onSave={save} />
      ) : null}
    </Space>
  );
}
