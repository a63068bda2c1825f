import { useState } from "react";
import { Link } from "react-router-dom";
import { Button, Card, DatePicker, Form, Input, Select, Space, Table, Typography } from "antd";
import { SearchOutlined } from "@ant-design/icons";
import type { Dayjs } from "dayjs";
import { SECTION_KINDS, SECTION_KIND_LABELS, type SectionKind } from "@domain/model/section";
import { chineseDate, chinesePeriod, issueNumberLine } from "@domain/present/dates";
import { archiveXlsxUrl, searchArchive, type ArchiveResult } from "../../api/archive";
import { ExcelButton } from "../../components/ExcelButton";
import { listIssues, ref, type IssueSummary } from "../../api/issues";
import { DepartmentSelect } from "../../components/DepartmentSelect";
import { DownloadButtons } from "../../components/DownloadButtons";
import { ErrorBox } from "../../components/Feedback";
import { StatusTag } from "../../components/StatusTag";
import { useRequest } from "../../hooks/useRequest";
import { SearchResults } from "./SearchResults";
import type { ArchiveQuery } from "@domain/archive/search";

type Values = { words?: string; department?: string | null; range?: [Dayjs, Dayjs] | null; kind?: SectionKind | null };

/** 往期归档: every issue, and full-text search by words, department, date range and section kind. */
export default function ArchivePage() {
  const list = useRequest(() => listIssues({ limit: 2000 }), []);
  const [result, setResult] = useState<ArchiveResult | null>(null);
  const [query, setQuery] = useState<ArchiveQuery | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const search = async (v: Values) => {
    const q: ArchiveQuery = { words: (v.words ?? "").trim(), department: v.department ?? null, from: v.range?.[0]?.format("YYYY-MM-DD") ?? null, to: v.range?.[1]?.format("YYYY-MM-DD") ?? null, kind: v.kind ?? null };
    if (!q.words && !q.department && !q.from && !q.kind) {
      setResult(null);
      setQuery(null);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setResult(await searchArchive(q));
      setQuery(q);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Card size="small">
        <Form layout="inline" onFinish={search} style={{ rowGap: 8 }}>
          <Form.Item name="words" style={{ width: 300 }}>
            <Input prefix={<SearchOutlined />} placeholder="关键词（多个词用空格分开）" allowClear aria-label="关键词" />
          </Form.Item>
          <Form.Item name="department" style={{ width: 220 }}>
            <DepartmentSelect value={undefined} onChange={() => undefined} placeholder="部门" ariaLabel="部门" />
          </Form.Item>
          <Form.Item name="range">
            <DatePicker.RangePicker placeholder={["开始日期", "结束日期"]} aria-label="日期范围" />
          </Form.Item>
          <Form.Item name="kind" style={{ width: 170 }}>
            <Select allowClear placeholder="栏目类型" aria-label="栏目类型" options={SECTION_KINDS.filter((k) => k !== "part" && k !== "group").map((k) => ({ value: k, label: SECTION_KIND_LABELS[k] }))} />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" loading={busy} data-testid="archive-search">
                检索
              </Button>
              <Button htmlType="reset" onClick={() => (setResult(null), setQuery(null))}>
                清空
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
      {error ? <ErrorBox error={error} title="检索失败" /> : null}
      {result && query ? (
        <SearchResults result={result} query={query} />
      ) : (
        <Card title={`全部往期（${list.data?.length ?? 0} 期）`} size="small" extra={<ExcelButton url={archiveXlsxUrl} fileName="往期周报一览.xlsx" testId="export-archive" size="small" />}>
          {list.error ? <ErrorBox error={list.error} retry={list.reload} /> : null}
          <IssueTable issues={list.data ?? []} loading={list.loading} />
        </Card>
      )}
    </Space>
  );
}

function IssueTable({ issues, loading }: { issues: IssueSummary[]; loading: boolean }) {
  return (
    <Table<IssueSummary>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={issues}
      pagination={{ pageSize: 15, showSizeChanger: false, showTotal: (n) => `共 ${n} 期` }}
      locale={{ emptyText: "还没有周报。可在“导入”中导入往期周报。" }}
      columns={[
        { title: "期号", render: (_, i) => <Link to={`/archive/${ref(i)}`}>{issueNumberLine(i)}</Link> },
        { title: "统计周期", render: (_, i) => chinesePeriod(i.period), width: 220 },
        { title: "印发日期", dataIndex: "publishedOn", width: 150, render: (v: string | null) => (v ? chineseDate(v) : <Typography.Text type="secondary">未定</Typography.Text>) },
        { title: "状态", dataIndex: "status", width: 90, render: (s) => <StatusTag status={s} /> },
        { title: "下载", width: 220, render: (_, i) => <DownloadButtons issue={i} size="small" /> },
      ]}
    />
  );
}

