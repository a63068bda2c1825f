import { useState } from "react";
import { Navigate, useLocation, useNavigate } from "react-router-dom";
import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { LockOutlined, UserOutlined } from "@ant-design/icons";
import { useAuth } from "../../auth/AuthProvider";
import { messageOf } from "../../components/Feedback";

/** 登录: user name and password; back to the page that asked for it afterwards. */
export default function LoginPage() {
  const { user, login, endedWhy } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const from = (location.state as { from?: string } | null)?.from ?? "/";

  if (user) return <Navigate to={from} replace />;

  const onFinish = async (v: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      await login(v.username.trim(), v.password);
      navigate(from, { replace: true });
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ minHeight: "100vh", display: "flex", alignItems: "center", justifyContent: "center", background: "linear-gradient(160deg,#fff5f5 0%,#f5f6f8 60%)" }}>
      <Card style={{ width: 400, boxShadow: "0 8px 24px rgba(0,0,0,.08)" }}>
        <div style={{ textAlign: "center", marginBottom: 24 }}>
          <Typography.Title level={2} style={{ color: "#c00", margin: 0, letterSpacing: 4 }}>
            窗口工作周报
          </Typography.Title>
          <Typography.Text type="secondary">报送 · 汇编 · 校核 · 签发 · 发布 · 归档</Typography.Text>
        </div>
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" /> : null}
        {!error && endedWhy === "expired" ? <Alert type="warning" showIcon title="登录已过期，请重新登录。" style={{ marginBottom: 16 }} data-testid="login-expired" /> : null}
        <Form layout="vertical" onFinish={onFinish} requiredMark={false} size="large">
          <Form.Item name="username" label="用户名" rules={[{ required: true, message: "请输入用户名" }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" placeholder="请输入用户名" autoFocus />
          </Form.Item>
          <Form.Item name="password" label="密码" rules={[{ required: true, message: "请输入密码" }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" placeholder="请输入密码" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            登录
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
          忘记密码请联系本中心的系统管理员重置。
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
