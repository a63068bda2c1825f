import { Alert, Card, Col, Empty, Row, Statistic, Typography } from "antd";
import { ledgerSummary } from "../../api/ledger";
import { ErrorBox, Loading } from "../../components/Feedback";
import { useRequest } from "../../hooks/useRequest";
import { ytdDisagreement, type YtdTotals } from "@domain/dashboard/ytdNote";
import { Chart } from "./EChart";
import { departmentsOption, monthlyCasesOption } from "./ledgerOptions";

const md = (iso: string) => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

/** 数据看板's ledger part: the year's imported platform cases and window events, from the rollups. */
export function LedgerPanel({ year, printed }: { year: number; printed: (YtdTotals & { label: string }) | null }) {
  const { data, error, loading, reload } = useRequest((signal) => ledgerSummary(year, signal), [year]);
  if (loading && !data) return <Loading tip="正在读取台账汇总……" />;
  if (error) return <ErrorBox error={error} retry={reload} title="台账汇总读取失败" />;
  if (!data) return null;
  if (!data.lastDay)
    return (
      <Card size="small" title="一体化平台办件与综窗台账">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`${year}年尚未导入办件数据或综窗台账；编辑可在“统计数据”页上传一体化平台的办件导出。`} />
      </Card>
    );
  const t = data.ytd;
  const accepted = t.licensing.accepted + t.publicService.accepted + t.otherPower.accepted;
  const completed = t.licensing.completed + t.publicService.completed + t.otherPower.completed;
  const disagreement = ytdDisagreement({ accepted, completed }, md(data.lastDay), printed);
  return (
    <Card size="small" title="一体化平台办件与综窗台账（按已导入的数据）" extra={<Typography.Text type="secondary">数据截至{md(data.lastDay)}</Typography.Text>}>
      {data.warnings.map((w) => (
        <Alert key={w} type="warning" showIcon message={w} style={{ marginBottom: 12 }} data-testid="ledger-warning" />
      ))}
      {disagreement ? <Alert type="info" showIcon title={disagreement} style={{ marginBottom: 12 }} data-testid="ytd-disagreement" /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Statistic title="今年以来受理（件）" value={accepted} groupSeparator="," />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title="今年以来办结（件）" value={completed} groupSeparator="," />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title="其中行政许可受理（件）" value={t.licensing.accepted} groupSeparator="," />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title="综窗受理（件）" value={t.window.accepted} groupSeparator="," />
        </Col>
        <Col xs={24} xl={14}>
          <Chart option={monthlyCasesOption(data)} testId="chart-ledger-months" empty="本年没有导入办件数据。" />
        </Col>
        <Col xs={24} xl={10}>
          <Chart option={departmentsOption(data)} testId="chart-ledger-departments" height={Math.max(240, data.departments.length * 26 + 60)} empty="本年没有导入办件数据。" />
        </Col>
      </Row>
    </Card>
  );
}
