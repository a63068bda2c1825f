import { useEffect, useState } from "react";
import { useNavigate } from "react-router-dom";
import { App, Badge, Button, Empty, Input, List, Popover, Space, Typography } from "antd";
import { BellOutlined } from "@ant-design/icons";
import { markNotificationsRead, myNotifications, myReminderEmail, setMyReminderEmail } from "../api/distribution";
import { useRequest } from "../hooks/useRequest";
import { messageOf } from "./Feedback";

const when = (iso: string) => new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });

/** 提醒: the account's reminders (报送、提交审核) with an unread count, and the address they are also e-mailed to. */
export function NotificationBell() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data, reload } = useRequest(() => myNotifications(), []);
  const email = useRequest(() => myReminderEmail(), []);
  const [address, setAddress] = useState<string | null>(null);
  useEffect(() => {
    // New reminders appear without a reload of the page.
    const t = setInterval(() => void reload(), 60_000);
    return () => clearInterval(t);
  }, [reload]);
  const content = (
    <div style={{ width: 360 }}>
      <List
        size="small"
        dataSource={data?.notifications ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有提醒" /> }}
        renderItem={(n) => (
          <List.Item style={{ cursor: n.link ? "pointer" : undefined, opacity: n.readAt ? 0.6 : 1 }} onClick={() => n.link && navigate(n.link)}>
            <List.Item.Meta title={<Typography.Text strong={!n.readAt}>{n.message}</Typography.Text>} description={when(n.createdAt)} />
          </List.Item>
        )}
      />
      <Space orientation="vertical" style={{ width: "100%", marginTop: 8 }}>
        <Button size="small" disabled={!data?.unread} onClick={() => markNotificationsRead().then(reload)}>
          全部标为已读
        </Button>
        <Space.Compact style={{ width: "100%" }}>
          <Input
            aria-label="提醒邮箱"
            size="small"
            placeholder="提醒同时发到邮箱（可不填）"
            value={address ?? email.data ?? ""}
            onChange={(e) => setAddress(e.target.value)}
          />
          <Button
            size="small"
            onClick={async () => {
              try {
                const saved = await setMyReminderEmail((address ?? "").trim() || null);
                email.setData(saved);
                setAddress(null);
                message.success(saved ? `提醒将同时发到 ${saved}。` : "已取消邮件提醒。");
              } catch (e) {
                message.error(messageOf(e));
              }
            }}
          >
            保存
          </Button>
        </Space.Compact>
      </Space>
    </div>
  );
  return (
    <Popover content={content} title="提醒" trigger="click" placement="bottomRight">
      <Button type="text" aria-label="提醒" data-testid="notifications">
        <Badge count={data?.unread ?? 0} size="small">
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
