import { useState } from "react";
import { App, Button, Card, Input, Popconfirm, Select, Space, Switch, Table, Tag, Typography } from "antd";
import { LINE_LABELS, RECIPIENT_KIND_LABELS, type DistributionLine } from "@domain/distribution/model";
import { createRecipient, createWebhook, listRecipients, listSchedules, listWebhooks, removeRecipient, removeWebhook, saveSchedule, updateRecipient, type Recipient, type Schedule, type Webhook } from "../../api/distribution";
import { ErrorBox, messageOf } from "../../components/Feedback";
import { useRequest } from "../../hooks/useRequest";

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false }) : "—");

/** 分发与提醒 (admin): who receives a published issue per 版记 line, webhooks of other systems, reminder times. */
export default function DistributionTab() {
  const { message } = App.useApp();
  const recipients = useRequest(() => listRecipients(), []);
  const webhooks = useRequest(() => listWebhooks(), []);
  const schedules = useRequest(() => listSchedules(), []);
  const [draft, setDraft] = useState({ line: "report" as DistributionLine, kind: "person" as Recipient["kind"], name: "", email: "" });
  const [hook, setHook] = useState({ name: "", url: "" });
  const [crons, setCrons] = useState<Record<string, string>>({});
  const run = async (fn: () => Promise<unknown>, done: string, reload: () => Promise<void>) => {
    try {
      await fn();
      message.success(done);
      await reload();
      return true;
    } catch (e) {
      message.error(messageOf(e));
      return false;
    }
  };
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Card size="small" title="分发名单（发布或更正后按名单发送邮件，PDF 为附件，正文为网页版）">
        <Space wrap style={{ marginBottom: 12 }}>
          <Select aria-label="版记行" value={draft.line} onChange={(line) => setDraft({ ...draft, line })} options={Object.entries(LINE_LABELS).map(([value, l]) => ({ value, label: `${l}：` }))} style={{ width: 90 }} />
          <Select aria-label="类型" value={draft.kind} onChange={(kind) => setDraft({ ...draft, kind })} options={Object.entries(RECIPIENT_KIND_LABELS).map(([value, label]) => ({ value, label }))} style={{ width: 90 }} />
          <Input aria-label="名称" placeholder="名称，如：中心领导" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} style={{ width: 200 }} maxLength={100} />
          <Input aria-label="邮箱" placeholder="邮箱，如：office@example.gov.cn" value={draft.email} onChange={(e) => setDraft({ ...draft, email: e.target.value })} style={{ width: 260 }} />
          <Button
            type="primary"
            disabled={!draft.name.trim() || !draft.email.trim()}
            onClick={async () => {
              if (await run(() => createRecipient({ ...draft, active: true }), "已添加。", recipients.reload)) setDraft({ ...draft, name: "", email: "" });
            }}
          >
            添加收件人
          </Button>
        </Space>
        {recipients.error ? <ErrorBox error={recipients.error} retry={recipients.reload} /> : null}
        <Table<Recipient>
          rowKey="id"
          size="small"
          loading={recipients.loading}
          dataSource={recipients.data}
          pagination={false}
          locale={{ emptyText: "还没有收件人：发布后不发送邮件" }}
          columns={[
            { title: "版记", dataIndex: "line", width: 70, render: (l: DistributionLine) => <Tag>{LINE_LABELS[l]}</Tag> },
            { title: "名称", dataIndex: "name" },
            { title: "类型", dataIndex: "kind", width: 70, render: (k: Recipient["kind"]) => RECIPIENT_KIND_LABELS[k] },
            { title: "邮箱", dataIndex: "email" },
            {
              title: "启用",
              dataIndex: "active",
              width: 70,
              render: (a: boolean, r) => <Switch size="small" checked={a} onChange={(active) => run(() => updateRecipient(r.id, { ...r, active }), active ? "已启用。" : "已停用。", recipients.reload)} />,
            },
            {
              title: "操作",
              width: 80,
              render: (_, r) => (
                <Popconfirm title={`删除收件人“${r.name}”？`} okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => run(() => removeRecipient(r.id), "已删除。", recipients.reload)}>
                  <Button type="link" size="small" danger>
                    删除
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      </Card>

      <Card size="small" title="Webhook（发布、更正时向其他系统发送签名的 JSON 通知）">
        <Space wrap style={{ marginBottom: 12 }}>
          <Input aria-label="Webhook 名称" placeholder="名称，如：中心 OA" value={hook.name} onChange={(e) => setHook({ ...hook, name: e.target.value })} style={{ width: 200 }} />
          <Input aria-label="Webhook 地址" placeholder="https://oa.example.gov.cn/zhoubao" value={hook.url} onChange={(e) => setHook({ ...hook, url: e.target.value })} style={{ width: 360 }} />
          <Button
            type="primary"
            disabled={!hook.name.trim() || !hook.url.trim()}
            onClick={async () => {
              if (await run(() => createWebhook({ ...hook, active: true }), "已添加。", webhooks.reload)) setHook({ name: "", url: "" });
            }}
          >
            添加 Webhook
          </Button>
        </Space>
        {webhooks.error ? <ErrorBox error={webhooks.error} retry={webhooks.reload} /> : null}
        <Table<Webhook>
          rowKey="id"
          size="small"
          loading={webhooks.loading}
          dataSource={webhooks.data}
          pagination={false}
          locale={{ emptyText: "没有 Webhook" }}
          columns={[
            { title: "名称", dataIndex: "name" },
            { title: "地址", dataIndex: "url" },
            { title: "签名密钥", dataIndex: "secret", render: (s: string) => <Typography.Text copyable={{ text: s }} code>{`${s.slice(0, 6)}…`}</Typography.Text> },
            {
              title: "操作",
              width: 80,
              render: (_, w) => (
                <Popconfirm title={`删除 Webhook“${w.name}”？`} okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => run(() => removeWebhook(w.id), "已删除。", webhooks.reload)}>
                  <Button type="link" size="small" danger>
                    删除
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          请求头 X-Zhoubao-Signature 为 sha256=（以签名密钥对请求体计算的 HMAC-SHA256），另有 X-Zhoubao-Event-Id 与 X-Zhoubao-Timestamp；失败时按 1、2、4……分钟退避重试。
        </Typography.Paragraph>
      </Card>

      <Card size="small" title="每周提醒（北京时间，cron 表达式：分 时 日 月 星期）">
        {schedules.error ? <ErrorBox error={schedules.error} retry={schedules.reload} /> : null}
        <Table<Schedule>
          rowKey="kind"
          size="small"
          loading={schedules.loading}
          dataSource={schedules.data}
          pagination={false}
          columns={[
            { title: "提醒", dataIndex: "label" },
            {
              title: "时间",
              width: 260,
              render: (_, s) => (
                <Space.Compact>
                  <Input aria-label={`${s.label} 时间`} value={crons[s.kind] ?? s.cron} onChange={(e) => setCrons({ ...crons, [s.kind]: e.target.value })} style={{ width: 150 }} />
                  <Button onClick={() => run(() => saveSchedule({ kind: s.kind, cron: (crons[s.kind] ?? s.cron).trim(), active: s.active }), "已保存。", schedules.reload)}>保存</Button>
                </Space.Compact>
              ),
            },
            { title: "启用", width: 70, render: (_, s) => <Switch size="small" checked={s.active} onChange={(active) => run(() => saveSchedule({ kind: s.kind, cron: s.cron, active }), active ? "已启用。" : "已停用。", schedules.reload)} /> },
            { title: "下次运行", dataIndex: "dueAt", render: when },
            { title: "上次运行", dataIndex: "lastRunAt", render: when },
          ]}
        />
      </Card>
    </Space>
  );
}
