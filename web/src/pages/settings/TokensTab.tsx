import { useState } from "react";
import { Alert, App, Button, Checkbox, Form, Input, InputNumber, Modal, Popconfirm, Table, Tag, Typography } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import { DEFAULT_TOKEN_DAYS, TOKEN_SCOPE_LABELS, TOKEN_SCOPES, TOKEN_STATE_LABELS, type TokenScope } from "@domain/tokenScopes";
import { createToken, listTokens, revokeToken, type ApiToken } from "../../api/tokens";
import { ErrorBox, messageOf } from "../../components/Feedback";
import { useRequest } from "../../hooks/useRequest";

const STATE_COLORS: Record<ApiToken["state"], string> = { active: "green", expired: "orange", revoked: "default" };
const time = (v: string | null) => (v ? new Date(v).toLocaleString("zh-CN") : "—");
type NewToken = { name: string; scopes: TokenScope[]; days: number };

/** 接口令牌: tokens other systems call the API with — list, create (the token shown once), revoke. */
export default function TokensTab() {
  const { message } = App.useApp();
  const { data, loading, error, reload } = useRequest(() => listTokens(), []);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ token: string; name: string } | null>(null);
  const [showing, setShowing] = useState(false);
  const [form] = Form.useForm<NewToken>();

  const submit = async () => {
    const v = await form.validateFields();
    try {
      const r = await createToken(v);
      setCreating(false);
      setCreated({ token: r.token, name: r.info.name });
      setShowing(true);
      await reload();
    } catch (e) {
      message.error(messageOf(e));
    }
  };
  const revoke = async (t: ApiToken) => {
    try {
      await revokeToken(t.id);
      message.success(`已吊销接口令牌“${t.name}”。`);
      await reload();
    } catch (e) {
      message.error(messageOf(e));
    }
  };

  return (
    <div>
      {error ? <ErrorBox error={error} retry={reload} /> : null}
      <Typography.Paragraph type="secondary">
        其他系统（办公系统、门户网站、数据平台）以接口令牌调用 API：请求头 Authorization: Bearer 令牌，无须登录和 CSRF。接口说明见 /api/docs。
      </Typography.Paragraph>
      <Button
        type="primary"
        icon={<PlusOutlined />}
        style={{ marginBottom: 12 }}
        onClick={() => {
          form.resetFields();
          form.setFieldsValue({ scopes: ["read-published"], days: DEFAULT_TOKEN_DAYS });
          setCreating(true);
        }}
      >
        创建令牌
      </Button>
      <Table<ApiToken>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data}
        pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 个令牌` }}
        columns={[
          { title: "名称", dataIndex: "name" },
          { title: "权限范围", dataIndex: "scopes", render: (s: TokenScope[]) => s.map((x) => <Tag key={x} title={x}>{TOKEN_SCOPE_LABELS[x]}</Tag>) },
          { title: "创建", dataIndex: "createdAt", width: 170, render: (v: string, t) => `${time(v)}（${t.createdBy}）` },
          { title: "到期", dataIndex: "expiresAt", width: 170, render: time },
          { title: "最近使用", dataIndex: "lastUsedAt", width: 170, render: (v: string | null) => (v ? time(v) : "从未使用") },
          { title: "状态", dataIndex: "state", width: 90, render: (s: ApiToken["state"]) => <Tag color={STATE_COLORS[s]}>{TOKEN_STATE_LABELS[s]}</Tag> },
          {
            title: "操作",
            width: 90,
            render: (_, t) =>
              t.state === "revoked" ? null : (
                <Popconfirm title={`吊销令牌“${t.name}”？`} description="吊销后使用它的系统立即无法访问。" okText="吊销" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => revoke(t)}>
                  <Button type="link" size="small" danger>
                    吊销
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <Modal title="创建接口令牌" open={creating} okText="创建" cancelText="取消" onCancel={() => setCreating(false)} onOk={submit} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item name="name" label="名称" extra="说明由哪个系统使用，如 门户网站；不能与已有令牌重名。" rules={[{ required: true, whitespace: true, message: "请填写令牌名称" }, { max: 40, message: "令牌名称不能超过 40 字" }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="scopes" label="权限范围" rules={[{ required: true, type: "array", min: 1, message: "请至少选择一个权限范围" }]}>
            <Checkbox.Group options={TOKEN_SCOPES.map((s) => ({ value: s, label: `${TOKEN_SCOPE_LABELS[s]}（${s}）` }))} style={{ display: "flex", flexDirection: "column", gap: 4 }} />
          </Form.Item>
          <Form.Item name="days" label="有效天数" rules={[{ required: true, type: "integer", min: 1, max: 3650, message: "有效天数应为 1–3650 的整数" }]}>
            <InputNumber min={1} max={3650} precision={0} suffix="天" />
          </Form.Item>
        </Form>
      </Modal>
      {/* The token leaves the page (state and DOM) once the dialog has closed: it is shown this once. */}
      <Modal
        title={`接口令牌“${created?.name ?? ""}”已创建`}
        open={showing}
        okText="我已保存"
        cancelButtonProps={{ style: { display: "none" } }}
        onOk={() => setShowing(false)}
        onCancel={() => setShowing(false)}
        afterClose={() => setCreated(null)}
        mask={{ closable: false }}
        destroyOnHidden
      >
        <Alert type="warning" showIcon title="令牌只显示这一次，关闭后无法再查看；遗失请吊销后重新创建。" style={{ marginBottom: 12 }} />
        <Typography.Paragraph code copyable={{ text: created?.token, tooltips: ["复制", "已复制"] }} style={{ wordBreak: "break-all" }} data-testid="new-token">
          {created?.token}
        </Typography.Paragraph>
      </Modal>
    </div>
  );
}
