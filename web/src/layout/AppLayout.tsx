import { Suspense, useEffect, useState } from "react";
import { Outlet, useLocation, useNavigate } from "react-router-dom";
import { Avatar, Button, Dropdown, Layout, Menu, Modal, Space, Typography } from "antd";
import { KeyOutlined, LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { useAuth, useUser } from "../auth/AuthProvider";
import { ROLE_LABELS } from "../auth/roles";
import { Loading } from "../components/Feedback";
import { NotificationBell } from "../components/NotificationBell";
import { entryOf, menuFor } from "./menu";
import { ChangePasswordForm } from "../pages/login/ChangePasswordForm";

const { Header, Sider, Content } = Layout;

/** The frame of every signed-in screen: the menu of the user's role, who is signed in, the screen. */
export function AppLayout() {
  const user = useUser();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const entries = menuFor(user.role);
  const current = entryOf(location.pathname);
  const [passwordOpen, setPasswordOpen] = useState(false);

  useEffect(() => {
    document.title = current ? `${current.label} · 窗口工作周报` : "窗口工作周报";
  }, [current]);

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Sider width={200} breakpoint="lg" collapsedWidth={64} theme="light" style={{ borderRight: "1px solid #f0f0f0" }}>
        <div style={{ height: 56, display: "flex", alignItems: "center", justifyContent: "center", borderBottom: "1px solid #f0f0f0" }}>
          <Typography.Text strong style={{ color: "#c00", fontSize: 18, whiteSpace: "nowrap", overflow: "hidden" }}>
            窗口工作周报
          </Typography.Text>
        </div>
        <Menu
          mode="inline"
          selectedKeys={current ? [current.path] : []}
          items={entries.map((m) => ({ key: m.path, icon: m.icon, label: m.label }))}
          onClick={(e) => navigate(e.key)}
          style={{ borderInlineEnd: "none" }}
        />
      </Sider>
      <Layout>
        <Header style={{ background: "#fff", padding: "0 24px", height: 56, lineHeight: "56px", borderBottom: "1px solid #f0f0f0", display: "flex", justifyContent: "space-between" }}>
          <Typography.Title level={4} style={{ margin: 0, lineHeight: "56px" }}>
            {current?.label ?? ""}
          </Typography.Title>
          <Space>
            <NotificationBell />
            <Dropdown
              menu={{
                items: [
                  { key: "password", icon: <KeyOutlined />, label: "修改密码" },
                  { key: "logout", icon: <LogoutOutlined />, label: "退出登录" },
                ],
                onClick: async ({ key }) => {
                  if (key === "password") return setPasswordOpen(true);
                  await logout();
                  navigate("/login");
                },
              }}
            >
              <Button type="text" style={{ height: 40 }} data-testid="user-menu">
                <Space>
                  <Avatar size="small" icon={<UserOutlined />} />
                  <span>{user.displayName}</span>
                  <Typography.Text type="secondary">
                    {ROLE_LABELS[user.role]}
                    {user.department ? ` · ${user.department}` : ""}
                  </Typography.Text>
                </Space>
              </Button>
            </Dropdown>
          </Space>
        </Header>
        <Content style={{ padding: 24, minWidth: 0 }}>
          <Suspense fallback={<Loading tip="正在打开页面……" />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
      <Modal title="修改密码" open={passwordOpen} footer={null} onCancel={() => setPasswordOpen(false)} destroyOnHidden>
        <ChangePasswordForm onDone={() => setPasswordOpen(false)} />
      </Modal>
    </Layout>
  );
}
