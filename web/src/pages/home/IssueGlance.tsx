import { Link } from "react-router-dom";
import { Button, Card, Space, Statistic, Steps, Typography } from "antd";
import { ItemList } from "../../components/ItemList";
import { CheckCircleFilled, ClockCircleOutlined } from "@ant-design/icons";
import { chinesePeriod, issueNumberLine } from "@domain/present/dates";
import type { IssueView } from "../../api/issues";
import { ref } from "../../api/issues";
import { listSubmissions } from "../../api/submissions";
import type { Role } from "../../api/types";
import { can } from "../../auth/roles";
import { StatusTag } from "../../components/StatusTag";
import { useRequest } from "../../hooks/useRequest";
import { readiness } from "./readiness";

const STEP = { draft: 0, review: 1, approved: 2, published: 3 } as const;

/** The current issue: where it is in the workflow, what the checks say, what is left. */
export function IssueGlance({ issue, role }: { issue: IssueView; role: Role }) {
  const pending = useRequest(() => listSubmissions({ issue: ref(issue), status: "submitted" }), [issue.id], can(role, "viewSubmissions"));
  const errors = issue.findings.filter((f) => f.severity === "error").length;
  const warnings = issue.findings.filter((f) => f.severity === "warning" && !f.overridden).length;
  const tasks = readiness(issue, issue.findings, pending.data?.length ?? 0);
  const left = tasks.filter((t) => !t.done).length;
  // The checklist is the editor's and the approver's work; a liaison, inspector or assessor
  // sees a draft without its findings (scoped), so the list would only mislead them.
  const compiles = role === "editor" || role === "approver";
  return (
    <Card
      title={
        <Space wrap>
          <span>本期：{issueNumberLine(issue)}</span>
          <StatusTag status={issue.status} />
        </Space>
      }
      extra={can(role, "viewDrafts") && role !== "liaison" && role !== "inspector" && role !== "assessor" ? <Link to={`/editor/${ref(issue)}`}>打开本期 →</Link> : null}
      data-testid="issue-glance"
    >
      <Typography.Paragraph type="secondary">统计周期：{chinesePeriod(issue.period)}</Typography.Paragraph>
      <Steps
        size="small"
        current={STEP[issue.status]}
        items={[{ title: "编辑汇编" }, { title: "待审核" }, { title: "已签发" }, { title: "已发布" }]}
        style={{ marginBottom: 24 }}
      />
      {compiles ? (
        <>
          <Space size={48} style={{ marginBottom: 16 }} wrap>
            <Statistic title="校核错误" value={errors} styles={{ content: { color: errors ? "#cf1322" : "#3f8600" } }} />
            <Statistic title="待处理警告" value={warnings} styles={{ content: { color: warnings ? "#d48806" : "#3f8600" } }} />
            <Statistic title="待采用报送" value={pending.data?.length ?? 0} loading={pending.loading} />
            <Statistic title="发布前还剩" value={left} suffix="项" />
          </Space>
          <ItemList
            compact
            header={<Typography.Text strong>发布前的工作</Typography.Text>}
            items={tasks}
            render={(t) => (
              <Space align="start">
                {t.done ? <CheckCircleFilled style={{ color: "#52c41a" }} /> : <ClockCircleOutlined style={{ color: "#faad14" }} />}
                <Typography.Text type={t.done ? "secondary" : undefined}>{t.text}</Typography.Text>
              </Space>
            )}
          />
        </>
      ) : (
        <Typography.Paragraph type="secondary" data-testid="glance-role-note">
          {role === "liaison" ? "本部门的工作动态请在“部门报送”中报送；编辑采用后即编入本期。" : role === "inspector" ? "巡查记录请在“大厅巡查”中填写，编辑采用后编入本期。" : role === "assessor" ? "月度考核请在“月度考核”中填写，审定后作为附件附在周报之后。" : "本期发布后可在“往期归档”中阅读和下载。"}
        </Typography.Paragraph>
      )}
      {can(role, "editIssue") ? (
        <Link to={`/editor/${ref(issue)}`}>
          <Button type="primary" style={{ marginTop: 12 }}>
            继续编辑本期
          </Button>
        </Link>
      ) : null}
    </Card>
  );
}
