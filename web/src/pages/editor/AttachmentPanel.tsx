import { useState } from "react";
import { Alert, App, Button, Card, Empty, Popconfirm, Select, Space, Table, Typography } from "antd";
import { DeleteOutlined, PaperClipOutlined } from "@ant-design/icons";
import type { Attachment, AssessmentRow } from "@domain/model/assessment";
import { titleWithMonth } from "@domain/present/dates";
import { attachAssessment, listAssessments } from "../../api/assessments";
import { messageOf } from "../../components/Feedback";
import { useRequest } from "../../hooks/useRequest";

type Props = {
  issueRef: string;
  attachments: Attachment[];
  editable: boolean;
  dirty: boolean;
  onChange(a: Attachment[]): void;
  onAttached(): Promise<void>;
};

export const assessmentColumns = [
  { title: "排名", dataIndex: "rank", width: 64 },
  { title: "部门（单位）", dataIndex: "department" },
  { title: "基础分", dataIndex: "base", width: 80 },
  { title: "减分", dataIndex: "deduction", width: 80 },
  { title: "加分", dataIndex: "bonus", width: 80 },
  { title: "实得分", dataIndex: "score", width: 80 },
];

/** 附件: the monthly assessment table appended to the issue, picked from approved months. */
export function AttachmentPanel({ issueRef, attachments, editable, dirty, onChange, onAttached }: Props) {
  const { message } = App.useApp();
  const { data, loading } = useRequest(() => listAssessments(), [], editable);
  const [picked, setPicked] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const approved = (data ?? []).filter((a) => a.status === "approved");

  const attach = async () => {
    if (picked === null) return;
    setBusy(true);
    try {
      await attachAssessment(picked, issueRef);
      message.success("考核结果已附在本期之后。");
      await onAttached();
    } catch (e) {
      message.error(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title="附件">
      {editable ? (
        <>
          {dirty ? <Alert type="info" showIcon title="附加考核会修改服务器上的本期内容，请先保存当前修改。" style={{ marginBottom: 8 }} /> : null}
          <Space.Compact style={{ width: "100%", marginBottom: 16 }}>
            <Select
              aria-label="选择考核月份"
              style={{ width: "100%" }}
              loading={loading}
              placeholder={approved.length ? "选择已审定的月度考核" : "暂无已审定的月度考核"}
              value={picked ?? undefined}
              onChange={setPicked}
              options={approved.map((a) => ({ value: a.id, label: `${titleWithMonth(a.title, a.month)}${a.issue ? `（已附于 ${a.issue}）` : ""}` }))}
            />
            <Button type="primary" icon={<PaperClipOutlined />} disabled={picked === null || dirty} loading={busy} onClick={attach}>
              附在本期后
            </Button>
          </Space.Compact>
        </>
      ) : null}
      {attachments.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本期没有附件" /> : null}
      {attachments.map((a, i) => (
        <div key={i} data-testid="attachment">
          <Space style={{ justifyContent: "space-between", width: "100%", marginBottom: 8 }}>
            <Typography.Text strong>
              附件{attachments.length > 1 ? i + 1 : ""}：{titleWithMonth(a.title, a.month)}
            </Typography.Text>
            {editable ? (
              <Popconfirm title="从本期移除这个附件？" okText="移除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => onChange(attachments.filter((_, j) => j !== i))}>
                <Button size="small" danger icon={<DeleteOutlined />}>
                  移除
                </Button>
              </Popconfirm>
            ) : null}
          </Space>
          <Table<AssessmentRow> size="small" rowKey="department" pagination={false} dataSource={a.rows} columns={assessmentColumns} scroll={{ y: 360 }} />
        </div>
      ))}
    </Card>
  );
}
