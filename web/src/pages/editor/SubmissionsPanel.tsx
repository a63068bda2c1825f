import { useState } from "react";
import { App, Button, Empty, Input, Modal, Space, Tag, Typography } from "antd";
import { ItemList } from "../../components/ItemList";
import { CheckOutlined, RollbackOutlined } from "@ant-design/icons";
import { chineseDate } from "@domain/present/dates";
import { acceptSubmission, listSubmissions, returnSubmission, type Submission } from "../../api/submissions";
import { ErrorBox, Loading, messageOf } from "../../components/Feedback";
import { useRequest } from "../../hooks/useRequest";

type Props = {
  issueRef: string;
  /** Accepting changes the issue on the server: the editor must save first, then reload. */
  dirty: boolean;
  canReview: boolean;
  onAccepted(): Promise<void>;
  /** Bumped by the page so the list reloads after changes elsewhere. */
  version?: number;
};

/** 待处理报送 of this issue: accept (the item enters the tree) or return with a comment. */
export function SubmissionsPanel({ issueRef, dirty, canReview, onAccepted, version }: Props) {
  const { message, modal } = App.useApp();
  const { data, loading, error, reload } = useRequest(() => listSubmissions({ issue: issueRef, status: "submitted" }), [issueRef, version]);
  const [busy, setBusy] = useState<number | null>(null);
  const [returning, setReturning] = useState<Submission | null>(null);
  const [comment, setComment] = useState("");

  const accept = async (s: Submission) => {
    if (dirty) {
      modal.warning({ title: "请先保存", content: "采用报送会修改服务器上的本期内容。请先保存您当前的修改，再采用报送。", okText: "知道了" });
      return;
    }
    setBusy(s.id);
    try {
      await acceptSubmission(s.id);
      message.success(`已采用${s.department}的报送，已放入栏目。`);
      await Promise.all([reload(), onAccepted()]);
    } catch (e) {
      message.error(messageOf(e));
    } finally {
      setBusy(null);
    }
  };

  const doReturn = async () => {
    if (!returning) return;
    try {
      await returnSubmission(returning.id, comment.trim());
      message.success("已退回，联络员将看到您的意见。");
      setReturning(null);
      setComment("");
      await reload();
    } catch (e) {
      message.error(messageOf(e));
    }
  };

  if (loading && !data) return <Loading />;
  if (error) return <ErrorBox error={error} retry={reload} />;
  if (!data?.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有待处理的报送" />;
  return (
    <>
      <ItemList
        items={data}
        rowKey={(s) => s.id}
        render={(s) => (
          <div data-testid="pending-submission">
            <Space size={4} wrap>
              <Typography.Text strong>{s.department}</Typography.Text>
              <Tag>{s.kindLabel}</Tag>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {s.author}
              </Typography.Text>
            </Space>
            <Typography.Paragraph ellipsis={{ rows: 4, expandable: true, symbol: "展开" }} style={{ margin: "4px 0" }}>
              {s.content.kind === "news" ? s.content.text : `${chineseDate(s.content.date)}，${s.content.title}${s.content.person}到大厅值守。${s.content.text ?? ""}`}
            </Typography.Paragraph>
            {canReview ? (
              <Space>
                <Button size="small" type="primary" icon={<CheckOutlined />} loading={busy === s.id} onClick={() => accept(s)}>
                  采用
                </Button>
                <Button size="small" icon={<RollbackOutlined />} onClick={() => setReturning(s)}>
                  退回
                </Button>
              </Space>
            ) : null}
          </div>
        )}
      />
      <Modal title={`退回${returning?.department ?? ""}的报送`} open={!!returning} okText="退回" cancelText="取消" okButtonProps={{ disabled: comment.trim().length < 2 }} onOk={doReturn} onCancel={() => setReturning(null)}>
        <Typography.Paragraph type="secondary">请写明需要修改的地方，联络员会在“部门报送”中看到这条意见。</Typography.Paragraph>
        <Input.TextArea aria-label="退回意见" autoSize={{ minRows: 3 }} maxLength={500} showCount value={comment} onChange={(e) => setComment(e.target.value)} />
      </Modal>
    </>
  );
}
