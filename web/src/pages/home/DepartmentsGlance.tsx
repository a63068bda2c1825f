import { Card, Progress, Space, Tag, Tooltip, Typography } from "antd";
import { listSubmissions, STATUS_COLORS } from "../../api/submissions";
import { useDepartments } from "../../hooks/useDepartments";
import { useRequest } from "../../hooks/useRequest";
import { ErrorBox } from "../../components/Feedback";

/** Which departments have submitted for this issue, and which have not yet. */
export function DepartmentsGlance({ issueRef }: { issueRef: string }) {
  const { departments, loading: depLoading } = useDepartments();
  const { data, loading, error, reload } = useRequest(() => listSubmissions({ issue: issueRef }), [issueRef]);
  const byDep = new Map<string, { status: string; label: string }[]>();
  for (const s of data ?? []) if (s.status !== "draft") byDep.set(s.department, [...(byDep.get(s.department) ?? []), { status: s.status, label: s.statusLabel }]);
  const active = departments.filter((d) => d.active !== false);
  const done = active.filter((d) => byDep.has(d.name));
  const missing = active.filter((d) => !byDep.has(d.name));
  return (
    <Card title="部门报送情况" loading={loading || depLoading} data-testid="departments-glance">
      {error ? <ErrorBox error={error} retry={reload} /> : null}
      <Space align="center" style={{ marginBottom: 12 }}>
        <Progress type="circle" size={64} percent={active.length ? Math.round((done.length / active.length) * 100) : 0} />
        <Typography.Text>
          {active.length} 个部门中，已报送 <Typography.Text strong>{done.length}</Typography.Text> 个，未报送 <Typography.Text strong>{missing.length}</Typography.Text> 个。
        </Typography.Text>
      </Space>
      <div style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">已报送：</Typography.Text>
        {done.length ? null : <Typography.Text type="secondary">暂无</Typography.Text>}
        <div style={{ display: "flex", flexWrap: "wrap", gap: 4, marginTop: 4 }}>
          {done.map((d) => (
            <Tooltip key={d.name} title={byDep.get(d.name)!.map((x) => x.label).join("、")}>
              <Tag color={STATUS_COLORS[(byDep.get(d.name)!.find((x) => x.status === "submitted")?.status ?? byDep.get(d.name)![0].status) as keyof typeof STATUS_COLORS]}>
                {d.name}（{byDep.get(d.name)!.length}）
              </Tag>
            </Tooltip>
          ))}
        </div>
      </div>
      <div>
        <Typography.Text type="secondary">未报送：</Typography.Text>
        <div style={{ display: "flex", flexWrap: "wrap", gap: 4, marginTop: 4, maxHeight: 126, overflowY: "auto" }}>
          {missing.map((d) => (
            <Tag key={d.name}>{d.name}</Tag>
          ))}
        </div>
      </div>
    </Card>
  );
}
