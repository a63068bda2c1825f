import { useState } from "react";
import { App, Button, Input, Space, Table, Tag, Tooltip } from "antd";
import { DELIVERY_STATUS_LABELS, type DeliveryStatus } from "@domain/distribution/model";
import { listDeliveries, resendDelivery, type DeliveryView } from "../../api/distribution";
import { ErrorBox, messageOf } from "../../components/Feedback";
import { useRequest } from "../../hooks/useRequest";

const STATUS_COLORS: Record<DeliveryStatus, string> = { queued: "gold", sending: "blue", sent: "green", failed: "red" };
const EVENT_LABELS: Record<DeliveryView["event"], string> = { published: "发布", corrected: "更正", reminder: "提醒" };
const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false }) : "—");

/** 分发记录 (editor, admin): every e-mail and webhook call with its state, attempts and error; 重发 queues one again. */
export default function DeliveriesTab() {
  const { message } = App.useApp();
  const [issue, setIssue] = useState("");
  const [filter, setFilter] = useState<string | undefined>(undefined);
  const { data, loading, error, reload } = useRequest(() => listDeliveries(filter), [filter]);
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Space>
        <Input.Search aria-label="期号" placeholder="期号，如 2026-47（空为全部）" value={issue} onChange={(e) => setIssue(e.target.value)} onSearch={(v) => setFilter(v.trim() || undefined)} style={{ width: 280 }} allowClear />
        <Button onClick={() => reload()}>刷新</Button>
      </Space>
      {error ? <ErrorBox error={error} retry={reload} /> : null}
      <Table<DeliveryView>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data}
        pagination={{ pageSize: 30 }}
        locale={{ emptyText: "没有分发记录" }}
        columns={[
          { title: "期号", dataIndex: "issue", width: 90, render: (r: string | null, d) => (r ? `${r}${d.revision && d.revision > 1 ? `（第 ${d.revision} 版）` : ""}` : "—") },
          { title: "事件", dataIndex: "event", width: 60, render: (e: DeliveryView["event"]) => EVENT_LABELS[e] },
          { title: "方式", dataIndex: "channel", width: 96, render: (c: DeliveryView["channel"]) => (c === "mail" ? "邮件" : "Webhook") },
          { title: "收件人", render: (_, d) => `${d.targetName}（${d.target}）` },
          {
            title: "状态",
            dataIndex: "status",
            width: 90,
            render: (s: DeliveryStatus, d) => (
              <Tooltip title={d.lastError ?? undefined}>
                <Tag color={d.status === "queued" && d.lastError ? "orange" : STATUS_COLORS[s]}>{d.status === "queued" && d.lastError ? "待重试" : DELIVERY_STATUS_LABELS[s]}</Tag>
              </Tooltip>
            ),
          },
          { title: "尝试", dataIndex: "attempts", width: 60 },
          { title: "错误", dataIndex: "lastError", ellipsis: true, render: (e: string | null) => e ?? "—" },
          { title: "发送时间", render: (_, d) => (d.sentAt ? when(d.sentAt) : d.status === "queued" ? `下次 ${when(d.nextAttemptAt)}` : "—") },
          {
            title: "操作",
            width: 70,
            render: (_, d) => (
              <Button
                type="link"
                size="small"
                disabled={d.status === "sending"}
                onClick={async () => {
                  try {
                    await resendDelivery(d.id);
                    message.success(`已重新排队发送给 ${d.targetName}。`);
                    await reload();
                  } catch (e) {
                    message.error(messageOf(e));
                  }
                }}
              >
                重发
              </Button>
            ),
          },
        ]}
      />
    </Space>
  );
}
