import { useState } from "react";
import { App, Button, Input, List, Space, Tag, Typography } from "antd";
import type { ReviewComment } from "../api/reviews";
import { messageOf } from "./Feedback";

type Props = {
  comments: ReviewComment[];
  /** Given when the reader may write a comment here (the approver, before publication). */
  onAdd?: (text: string) => Promise<void>;
  /** Given when the reader may resolve comments (the editor). */
  onResolve?: (c: ReviewComment) => Promise<void>;
  heading: string;
};

const when = (iso: string) => iso.slice(0, 16).replace("T", " ");

/** The comments on one section (open ones, then resolved ones), and the approver's box to add one. */
export function ReviewComments({ comments, onAdd, onResolve, heading }: Props) {
  const { message } = App.useApp();
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const add = async () => {
    if (!onAdd) return;
    setBusy(true);
    try {
      await onAdd(text);
      setText("");
      message.success("已提交审阅意见。");
    } catch (e) {
      message.error(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      {comments.length ? (
        <List
          size="small"
          dataSource={comments}
          renderItem={(c) => (
            <List.Item
              data-testid="review-comment"
              data-status={c.status}
              actions={onResolve && c.status === "open" ? [<ResolveButton key="r" comment={c} onResolve={onResolve} />] : undefined}
            >
              <Space orientation="vertical" size={0} style={{ width: "100%" }}>
                <Space size={6} wrap>
                  {c.status === "open" ? <Tag color="orange">待处理</Tag> : <Tag color="green">已处理</Tag>}
                  <Typography.Text type="secondary">
                    {c.createdByName} · {when(c.createdAt)}
                    {c.resolvedAt ? `；${c.resolvedBy} 于 ${when(c.resolvedAt)} 处理` : ""}
                  </Typography.Text>
                </Space>
                <Typography.Text delete={c.status === "resolved"} type={c.status === "resolved" ? "secondary" : undefined}>
                  {c.text}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      ) : null}
      {onAdd ? (
        <Space.Compact style={{ width: "100%", marginTop: 8 }}>
          <Input.TextArea
            aria-label={`对“${heading}”的审阅意见`}
            placeholder="对本栏目的审阅意见"
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={1000}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <Button type="primary" loading={busy} onClick={add}>
            提交意见
          </Button>
        </Space.Compact>
      ) : null}
    </div>
  );
}

function ResolveButton({ comment, onResolve }: { comment: ReviewComment; onResolve: (c: ReviewComment) => Promise<void> }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      size="small"
      loading={busy}
      onClick={async () => {
        setBusy(true);
        try {
          await onResolve(comment);
          message.success("已标为已处理。");
        } catch (e) {
          message.error(messageOf(e));
        } finally {
          setBusy(false);
        }
      }}
    >
      标为已处理
    </Button>
  );
}
