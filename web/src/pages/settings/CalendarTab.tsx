import { useState } from "react";
import { App, Button, Card, DatePicker, Input, Popconfirm, Radio, Space, Table, Tag, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { chineseDate } from "@domain/present/dates";
import { listOverrides, removeOverride, setOverride, type CalendarOverride } from "../../api/admin";
import { ErrorBox, messageOf } from "../../components/Feedback";
import { useRequest } from "../../hooks/useRequest";

const WEEKDAYS = ["日", "一", "二", "三", "四", "五", "六"];

/** 节假日调整: dates the official holiday calendar gets wrong or lacks (a local 调休, a closure). */
export default function CalendarTab() {
  const { message } = App.useApp();
  const { data, loading, error, reload } = useRequest(() => listOverrides(), []);
  const [date, setDate] = useState<Dayjs | null>(null);
  const [workday, setWorkday] = useState(false);
  const [note, setNote] = useState("");
  const run = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      message.success(done);
      await reload();
    } catch (e) {
      message.error(messageOf(e));
    }
  };
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Card size="small" title="添加调整">
        <Space wrap>
          <DatePicker aria-label="日期" value={date} onChange={setDate} />
          <Radio.Group value={workday} onChange={(e) => setWorkday(e.target.value)} options={[{ value: false, label: "休息日" }, { value: true, label: "工作日" }]} />
          <Input aria-label="说明" placeholder="说明，如：国庆调休" value={note} onChange={(e) => setNote(e.target.value)} style={{ width: 240 }} maxLength={60} />
          <Button type="primary" disabled={!date} onClick={() => run(() => setOverride(date!.format("YYYY-MM-DD"), { workday, note: note.trim() || null }), "已保存。").then(() => (setDate(null), setNote("")))}>
            保存
          </Button>
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          系统已内置国务院公布的节假日安排。只有当本中心的实际安排不同时才需要在这里调整；统计周期的校核会按调整后的日历进行。
        </Typography.Paragraph>
      </Card>
      {error ? <ErrorBox error={error} retry={reload} /> : null}
      <Table<CalendarOverride>
        rowKey="date"
        size="small"
        loading={loading}
        dataSource={data}
        locale={{ emptyText: "没有调整，完全按官方日历" }}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: "日期", dataIndex: "date", render: (d: string) => `${chineseDate(d)}（星期${WEEKDAYS[new Date(`${d}T00:00:00Z`).getUTCDay()]}）` },
          { title: "调整为", dataIndex: "workday", render: (w: boolean) => (w ? <Tag color="blue">工作日</Tag> : <Tag color="red">休息日</Tag>) },
          { title: "说明", dataIndex: "note", render: (n: string | null) => n ?? "—" },
          {
            title: "操作",
            width: 100,
            render: (_, o) => (
              <Popconfirm title="删除此调整，恢复官方日历？" okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => run(() => removeOverride(o.date), "已删除。")}>
                <Button type="link" size="small" danger>
                  删除
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Space>
  );
}
