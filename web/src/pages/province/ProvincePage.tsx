import { useState } from "react";
import { Card, Col, Empty, List, Row, Space, Statistic, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { getProvinceSummary, type ProvinceDashboard } from "../../api/province";
import { ErrorBox, Loading } from "../../components/Feedback";
import { useRequest } from "../../hooks/useRequest";
import { DateInput } from "../editor/forms/common";
import { CATEGORY_LABELS, CATEGORY_KEYS } from "@domain/ledger/provinceRollup";
import { FIGURE_COLUMNS, figure, rankedCenters, unpublishedCenters, type FigureKey } from "./provinceRows";

type Row = ReturnType<typeof rankedCenters>[number];

/** 全省汇总: the province's year-to-date figures, the centers ranked, and who has not published this week. */
export default function ProvincePage() {
  const [asOf, setAsOf] = useState<string | null>(null);
  const [sortKey, setSortKey] = useState<FigureKey>("licensing.accepted");
  const summary = useRequest((signal) => getProvinceSummary(asOf, signal), [asOf]);
  const d = summary.data;

  const columns: ColumnsType<Row> = [
    { title: "排名", dataIndex: "rank", width: 70 },
    { title: "编码", dataIndex: "code", width: 100 },
    { title: "中心", dataIndex: "name" },
    ...FIGURE_COLUMNS.map(({ key, label }) => ({
      title: label,
      key,
      align: "right" as const,
      sorter: true,
      sortOrder: key === sortKey ? ("descend" as const) : null,
      sortDirections: ["descend" as const],
      render: (_: unknown, r: Row) => figure(r, key).toLocaleString("zh-CN"),
    })),
    {
      title: "本周周报",
      key: "weekIssue",
      render: (_: unknown, r: Row) => (r.weekIssue?.published ? <Tag color="green">已发布</Tag> : <Tag color="orange">{r.weekIssue ? "未发布" : "无"}</Tag>),
    },
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Space wrap>
        <span>统计截止日期：</span>
        <div style={{ width: 160 }}>
          <DateInput ariaLabel="统计截止日期" value={asOf ?? d?.asOf} onChange={setAsOf} allowClear={false} />
        </div>
        {d ? <Typography.Text type="secondary">{`${d.asOf.slice(0, 4)} 年 1 月 1 日至 ${d.asOf}，共 ${d.centers.length} 个中心`}</Typography.Text> : null}
      </Space>
      {summary.error ? <ErrorBox error={summary.error} retry={summary.reload} /> : null}
      {summary.loading || !d ? summary.error ? null : <Loading tip="正在汇总各中心……" /> : <Body d={d} columns={columns} sortKey={sortKey} setSortKey={setSortKey} />}
    </Space>
  );
}

function Body({ d, columns, sortKey, setSortKey }: { d: ProvinceDashboard; columns: ColumnsType<Row>; sortKey: FigureKey; setSortKey(k: FigureKey): void }) {
  const late = unpublishedCenters(d);
  return (
    <Row gutter={[16, 16]}>
      {CATEGORY_KEYS.map((k) => (
        <Col xs={24} md={8} key={k}>
          <Card size="small" title={`${CATEGORY_LABELS[k]}（全省合计）`} data-testid={`total-${k}`}>
            <Space size={32}>
              <Statistic title="受理" value={d.total[k].accepted} groupSeparator="," />
              <Statistic title="办结" value={d.total[k].completed} groupSeparator="," />
            </Space>
          </Card>
        </Col>
      ))}
      <Col xs={24} xl={18}>
        <Card size="small" title="各中心排名（点击列名按该列排序）">
          <Table<Row>
            size="small"
            rowKey="code"
            data-testid="province-ranking"
            pagination={d.centers.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            columns={columns}
            dataSource={rankedCenters(d, sortKey)}
            onChange={(_p, _f, sorter) => {
              const key = Array.isArray(sorter) ? sorter[0]?.columnKey : sorter.columnKey;
              if (FIGURE_COLUMNS.some((c) => c.key === key)) setSortKey(key as FigureKey);
            }}
          />
        </Card>
      </Col>
      <Col xs={24} xl={6}>
        <Card size="small" title={`本周（${d.week.start} 至 ${d.week.end}）未发布周报的中心`} data-testid="province-unpublished">
          {late.length ? (
            <List size="small" dataSource={late} renderItem={(c) => <List.Item>{`${c.name}（${c.code}）：${c.state}`}</List.Item>} />
          ) : (
            <Empty description="各中心本周周报均已发布" />
          )}
        </Card>
      </Col>
    </Row>
  );
}
