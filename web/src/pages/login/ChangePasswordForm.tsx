import { useState } from "react";
import { Alert, App, Button, Form, Input } from "antd";
import { useAuth } from "../../auth/AuthProvider";
import { messageOf } from "../../components/Feedback";

/** The password rule the server enforces, checked here first so the clerk learns it while typing. */
export function passwordProblem(password: string, username: string): string | null {
  const classes = [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z\d]/].filter((r) => r.test(password)).length;
  if (password.length < 10) return "密码至少 10 位";
  if (password.length > 128) return "密码不能超过 128 位";
  if (classes < 3) return "须包含大写字母、小写字母、数字、符号中的至少三类";
  if (username && password.toLowerCase().includes(username.toLowerCase())) return "密码不能包含用户名";
  return null;
}

/** 修改密码: current password, new password twice. */
export function ChangePasswordForm({ onDone }: { onDone?: () => void }) {
  const { user, changePassword } = useAuth();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm();
  const onFinish = async (v: { currentPassword: string; newPassword: string }) => {
    setBusy(true);
    setError(null);
    try {
      await changePassword(v.currentPassword, v.newPassword);
      message.success("密码已修改，其他设备上的登录已失效。");
      form.resetFields();
      onDone?.();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Form.Item name="currentPassword" label="当前密码" rules={[{ required: true, message: "请输入当前密码" }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label="新密码"
        extra="至少 10 位，包含大写字母、小写字母、数字、符号中的至少三类，且不含用户名。"
        rules={[{ required: true, message: "请输入新密码" }, { validator: (_, v) => (v && passwordProblem(v, user?.username ?? "") ? Promise.reject(new Error(passwordProblem(v, user?.username ?? "")!)) : Promise.resolve()) }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label="再次输入新密码"
        dependencies={["newPassword"]}
        rules={[{ required: true, message: "请再次输入新密码" }, ({ getFieldValue }) => ({ validator: (_, v) => (!v || v === getFieldValue("newPassword") ? Promise.resolve() : Promise.reject(new Error("两次输入的新密码不一致"))) })]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} block>
        修改密码
      </Button>
    </Form>
  );
}
