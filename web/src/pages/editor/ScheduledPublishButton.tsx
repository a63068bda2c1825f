import { useState } from "react";
import { App, Button, DatePicker, Popconfirm, Popover, Space, Tag } from "antd";
import { ClockCircleOutlined } from "@ant-design/icons";
import type { Dayjs } from "dayjs";
import { cancelScheduledPublish, scheduledPublishOf, schedulePublish } from "../../api/distribution";
import { messageOf } from "../../components/Feedback";
import { useRequest } from "../../hooks/useRequest";

/**
 * The picked wall-clock time read as China time (the popover says 北京时间), not in the
 * browser's own zone: a browser set to UTC would otherwise publish eight hours late.
 */
const chinaInstant = (d: Dayjs) => new Date(`${d.format("YYYY-MM-DDTHH:mm")}:00+08:00`).toISOString();

const when = (iso: string) => new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });

/** 定时发布 after 签发: pick a time (China time); the server publishes then and sends the issue to its recipients. */
export function ScheduledPublishButton({ issueRef }: { issueRef: string }) {
  const { message } = App.useApp();
  const { data, reload } = useRequest(() => scheduledPublishOf(issueRef), [issueRef]);
  const [at, setAt] = useState<Dayjs | null>(null);
  const act = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      message.success(done);
      await reload();
    } catch (e) {
      message.error(messageOf(e));
    }
  };
  if (data?.status === "pending")
    return (
      <Space>
        <Tag icon={<ClockCircleOutlined />} color="blue">
          将于 {when(data.dueAt)} 发布
        </Tag>
        <Popconfirm title="取消定时发布？" okText="取消定时" cancelText="不取消" onConfirm={() => act(() => cancelScheduledPublish(issueRef), "已取消定时发布。")}>
          <Button size="small">取消定时</Button>
        </Popconfirm>
      </Space>
    );
  const picker = (
    <Space>
      <DatePicker aria-label="发布时间" showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" value={at} onChange={setAt} />
      <Button type="primary" disabled={!at} onClick={() => act(() => schedulePublish(issueRef, chinaInstant(at!)), "已安排定时发布。")}>
        确定
      </Button>
    </Space>
  );
  return (
    <Popover content={picker} title="定时发布（北京时间）" trigger="click">
      <Button icon={<ClockCircleOutlined />} data-testid="schedule-publish">
        定时发布
      </Button>
    </Popover>
  );
}
