import { useState } from "react";
import { Alert, Card, Col, Empty, Row, Segmented, Select, Space, Typography } from "antd";
import { getDashboard, statsXlsxUrl } from "../../api/dashboard";
import { ExcelButton } from "../../components/ExcelButton";
import { listIssues } from "../../api/issues";
import { ErrorBox, Loading } from "../../components/Feedback";
import { useRequest } from "../../hooks/useRequest";
import { Chart } from "./EChart";
import { LedgerPanel } from "./LedgerPanel";
import { newsOption, rankOption, windowOption, ytdOption } from "./options";
import { CATEGORIES, type Category } from "@domain/dashboard/series";
import { latestPrintedYtd } from "@domain/dashboard/ytdNote";

/** 数据看板: a year's issues as curves — year-to-date figures, weekly increments, the window, ranks, news. */
export default function DashboardPage() {
  const all = useRequest(() => listIssues({ limit: 2000 }), []);
  const years = [...new Set((all.data ?? []).map((i) => i.year))].sort((a, b) => b - a);
  const [year, setYear] = useState<number | null>(null);
  const shown = year ?? years[0] ?? null;
  const board = useRequest((signal) => getDashboard(shown!, signal), [shown], shown !== null);
  const series = board.data?.series ?? null;
  const [cat, setCat] = useState<Category>("licensing");
  const [picked, setPicked] = useState<string[] | null>(null);

  if (all.loading) return <Loading />;
  if (all.error) return <ErrorBox error={all.error} retry={all.reload} />;
  if (!years.length) return <Empty description="还没有周报数据。导入往期周报或发布本期后，这里会显示图表。" />;
  const rankDeps = Object.keys(series?.ranks.byDepartment ?? {});
  const defaultDeps = rankDeps
    .map((d) => [d, series!.ranks.byDepartment[d].at(-1) ?? 999] as const)
    .sort((a, b) => (a[1] as number) - (b[1] as number))
    .slice(0, 5)
    .map((x) => x[0]);
  const chosen = (picked ?? defaultDeps).filter((d) => rankDeps.includes(d));

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Space wrap>
        <span>年份：</span>
        <Select aria-label="年份" style={{ width: 120 }} value={shown} onChange={(y) => (setYear(y), setPicked(null))} options={years.map((y) => ({ value: y, label: `${y}年` }))} />
        {board.data ? <Typography.Text type="secondary">共 {board.data.issues} 期周报</Typography.Text> : null}
        {shown !== null ? <ExcelButton url={statsXlsxUrl(shown)} fileName={`${shown}年统计数据.xlsx`} testId="export-stats" /> : null}
      </Space>
      {board.error ? <ErrorBox error={board.error} retry={board.reload} /> : null}
      {board.loading || !series ? (
        board.error ? null : <Loading tip="正在汇总本年各期……" />
      ) : (
        <Row gutter={[16, 16]}>
          <Col span={24}>
            <Card
              size="small"
              title="一体化平台办件：年度累计与本周新增"
              extra={<Segmented size="small" value={cat} onChange={(v) => setCat(v as Category)} options={CATEGORIES.map(([value, label]) => ({ value, label }))} />}
            >
              <Chart option={ytdOption(series, cat)} testId="chart-ytd" />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card size="small" title="综合窗口：每周咨询、受理、颁发、流转">
              <Chart option={windowOption(series)} testId="chart-window" />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card
              size="small"
              title="各部门月度考核排名"
              extra={
                <Select
                  aria-label="选择部门"
                  mode="multiple"
                  size="small"
                  maxTagCount="responsive"
                  style={{ width: 260 }}
                  placeholder="选择部门"
                  value={chosen}
                  onChange={setPicked}
                  options={rankDeps.map((d) => ({ value: d, label: d }))}
                />
              }
            >
              <Chart option={rankOption(series, chosen)} testId="chart-ranks" empty="本年度的周报没有附月度考核结果。" />
            </Card>
          </Col>
          <Col span={24}>
            <Card size="small" title="各部门工作动态条数">
              <Chart option={newsOption(series)} height={Math.max(240, Math.min(30, series.newsByDepartment.length) * 22 + 40)} testId="chart-news" empty="本年度的动态没有标注部门。" />
            </Card>
          </Col>
        </Row>
      )}
      {shown !== null ? <LedgerPanel year={shown} printed={series ? latestPrintedYtd(series) : null} /> : null}
      <Alert type="info" showIcon title="本周新增 = 本期年度累计数 − 同年上一期的年度累计数；每年第一期即为当年累计数。" />
    </Space>
  );
}
