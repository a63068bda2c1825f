import { Button, Card, Typography } from "antd";
import { useAuth } from "../../auth/AuthProvider";
import { ChangePasswordForm } from "./ChangePasswordForm";

/** Shown instead of every screen until an account replaces the password it was given. */
export function FirstPasswordPage() {
  const { user, logout } = useAuth();
  return (
    <div style={{ minHeight: "100vh", display: "flex", alignItems: "center", justifyContent: "center", background: "#f5f6f8" }}>
      <Card style={{ width: 440 }} title="首次登录，请修改初始密码">
        <Typography.Paragraph type="secondary">
          {user?.displayName}，您的账户使用的是管理员设置的初始密码。为保证安全，请先设置只有您自己知道的新密码。
        </Typography.Paragraph>
        <ChangePasswordForm />
        <Button type="link" block style={{ marginTop: 8 }} onClick={() => logout()}>
          退出登录
        </Button>
      </Card>
    </div>
  );
}
