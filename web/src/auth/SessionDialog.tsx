import { useState } from "react";
import { Alert, Button, Form, Input, Modal, Typography } from "antd";
import { LockOutlined } from "@ant-design/icons";
import { messageOf } from "../components/Feedback";
import { useAuth } from "./AuthProvider";

/**
 * Over the page when the session ended while it was open: the same account signs in
 * again and the page, with whatever was typed, stays; pending saves then go through.
 */
export function SessionDialog() {
  const { user, expired, resume, leave } = useAuth();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!expired || !user) return null;
  const onFinish = async (v: { password: string }) => {
    setBusy(true);
    setError(null);
    try {
      await resume(v.password);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title="登录已过期，请重新登录" closable={false} maskClosable={false} keyboard={false} footer={null} width={420} destroyOnHidden>
      <Typography.Paragraph type="secondary">为保护账户安全，长时间未操作后登录会失效。本页内容仍在，重新登录后未保存的修改会继续保存。</Typography.Paragraph>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      <Form name="session" layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Form.Item label="用户名" htmlFor="session-username">
          <Input id="session-username" value={`${user.displayName}（${user.username}）`} disabled />
        </Form.Item>
        <Form.Item name="password" label="密码" rules={[{ required: true, message: "请输入密码" }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" autoFocus />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block data-testid="session-login">
          重新登录
        </Button>
        <Button type="link" block onClick={leave} style={{ marginTop: 4 }}>
          放弃本页，前往登录页
        </Button>
      </Form>
    </Modal>
  );
}
