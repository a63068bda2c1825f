import { useEffect, useMemo, useState } from "react";
import { Alert, App, Button, Card, Col, DatePicker, Input, InputNumber, Row, Select, Space, Table, Tag, Typography } from "antd";
import { CheckOutlined, PaperClipOutlined, SaveOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import type { AssessmentRow } from "@domain/model/assessment";
import { approveAssessment, assessmentXlsxUrl, attachAssessment, createAssessment, editAssessment, listAssessments, type Assessment } from "../../api/assessments";
import { ExcelButton } from "../../components/ExcelButton";
import { listIssues, ref } from "../../api/issues";
import type { AssessmentEntry } from "../../api/types";
import { useUser } from "../../auth/AuthProvider";
import { can } from "../../auth/roles";
import { ErrorBox, Loading, messageOf } from "../../components/Feedback";
import { useDepartments } from "../../hooks/useDepartments";
import { useRequest } from "../../hooks/useRequest";
import { useUnsavedChanges } from "../../hooks/useUnsavedChanges";
import { PointsEditor } from "./PointsEditor";
import { liveRanking } from "./ranking";

const lastMonth = () => dayjs().subtract(1, "month").format("YYYY-MM");
const titleOf = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5))}月进驻部门（单位）窗口考核结果`;

/** 月度考核: the assessor enters deductions and bonuses per department; the ranking updates as they type. */
export default function AssessmentPage() {
  const user = useUser();
  const { message, modal } = App.useApp();
  const { departments, loading: depLoading } = useDepartments();
  const list = useRequest(() => listAssessments(), []);
  const issues = useRequest(() => listIssues({ limit: 10 }), [], can(user.role, "editIssue"));
  const [month, setMonth] = useState(lastMonth());
  const [entries, setEntries] = useState<AssessmentEntry[]>([]);
  const [title, setTitle] = useState(titleOf(lastMonth()));
  const [baseline, setBaseline] = useState("");
  const [busy, setBusy] = useState(false);
  const [target, setTarget] = useState<string>();
  const stored: Assessment | undefined = list.data?.find((a) => a.month === month);
  const editable = can(user.role, "assess") && stored?.status !== "approved";
  // Nothing can have been changed before the month's entries have loaded (no baseline yet):
  // leaving the screen while it still loads asks nothing.
  const dirty = baseline !== "" && JSON.stringify({ entries, title }) !== baseline;
  useUnsavedChanges(dirty && editable);
  /** Another month, after confirming when this one has unsaved entries. */
  const pickMonth = (m: string) =>
    dirty && editable
      ? modal.confirm({ title: "有尚未保存的修改", content: "切换月份将丢失本月尚未保存的扣分、加分。确定切换吗？", okText: "切换，不保存", okButtonProps: { danger: true }, cancelText: "留在本月", onOk: () => setMonth(m) })
      : setMonth(m);

  // The month's stored entries, or every active department at 基础分 100 with nothing yet.
  useEffect(() => {
    if (!list.data || depLoading) return;
    const e = stored?.entries ?? departments.filter((d) => d.active !== false).map((d) => ({ department: d.name, base: 100, deductions: [], bonuses: [] }));
    const t = stored?.title ?? titleOf(month);
    setEntries(e);
    setTitle(t);
    setBaseline(JSON.stringify({ entries: e, title: t }));
  }, [month, list.data, depLoading, departments, stored]);

  const rows = useMemo(() => liveRanking(entries), [entries]);
  const setEntry = (i: number, patch: Partial<AssessmentEntry>) => setEntries(entries.map((e, j) => (j === i ? { ...e, ...patch } : e)));

  const run = async (fn: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await fn();
      message.success(done);
      await list.reload();
    } catch (e) {
      message.error(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const save = () => {
    const bad = entries.flatMap((e) => [...e.deductions, ...e.bonuses].filter((p) => p.reason.trim().length < 2 || !(p.points > 0)).map(() => e.department));
    if (bad.length) return message.error(`请为每一条减分、加分填写大于 0 的分值和理由：${[...new Set(bad)].join("、")}`);
    const input = { month, title, entries };
    return run(() => (stored ? editAssessment(stored.id, input) : createAssessment(input)), "考核已保存，排名已更新。");
  };

  if (list.loading || depLoading) return <Loading />;
  if (list.error) return <ErrorBox error={list.error} retry={list.reload} />;
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <Card size="small">
          <Space wrap style={{ width: "100%", justifyContent: "space-between" }}>
            <Space wrap>
              <span>考核月份：</span>
              <DatePicker picker="month" allowClear={false} value={dayjs(`${month}-01`)} onChange={(d) => d && pickMonth(d.format("YYYY-MM"))} aria-label="考核月份" />
              {stored ? <Tag color={stored.status === "approved" ? "green" : "default"}>{stored.statusLabel}</Tag> : <Tag>尚未填写</Tag>}
              {stored?.issue ? <Tag color="blue">已附于 {stored.issue}</Tag> : null}
            </Space>
            <Space wrap>
              {stored ? <ExcelButton url={assessmentXlsxUrl(stored.id)} fileName={`${stored.title}.xlsx`} testId="export-assessment" /> : null}
              {editable ? <Button type="primary" icon={<SaveOutlined />} loading={busy} disabled={!dirty && !!stored} onClick={save} data-testid="save-assessment">保存</Button> : null}
              {can(user.role, "approveAssessment") && stored?.status === "draft" ? <Button icon={<CheckOutlined />} loading={busy} onClick={() => run(() => approveAssessment(stored.id), "考核已审定。")}>审定</Button> : null}
              {can(user.role, "editIssue") && stored?.status === "approved" ? (
                <Space.Compact>
                  <Select aria-label="附于哪一期" placeholder="选择草稿期" style={{ width: 170 }} value={target} onChange={setTarget} options={(issues.data ?? []).filter((i) => i.status === "draft").map((i) => ({ value: ref(i), label: `${i.year}年第${i.seq}期` }))} />
                  <Button icon={<PaperClipOutlined />} disabled={!target} loading={busy} onClick={() => run(() => attachAssessment(stored.id, target!), "已作为附件附在该期之后。")}>附在该期后</Button>
                </Space.Compact>
              ) : null}
            </Space>
          </Space>
          <Space.Compact style={{ width: "100%", marginTop: 12 }}>
            <Space.Addon>标题</Space.Addon>
            <Input aria-label="考核标题" value={title} disabled={!editable} onChange={(e) => setTitle(e.target.value)} />
          </Space.Compact>
        </Card>
      </Col>
      {!editable && stored?.status === "approved" && can(user.role, "assess") ? <Col span={24}><Alert type="info" showIcon title="本月考核已审定，不能再修改。" /></Col> : null}
      {!stored && !can(user.role, "assess") ? (
        <Col span={24}>
          <Alert type="info" showIcon title={`考核员尚未填写${month.slice(0, 4)}年${Number(month.slice(5))}月的考核。`} description="下表按全部部门基础分 100 分显示；考核员填写并保存后，这里显示扣分、加分与排名。" />
        </Col>
      ) : null}
      {list.data?.length ? (
        <Col span={24}>
          <Space wrap size={4}>
            <Typography.Text type="secondary">已有考核：</Typography.Text>
            {list.data.map((a) => (
              <Button key={a.id} size="small" type={a.month === month ? "primary" : "default"} onClick={() => pickMonth(a.month)}>
                {a.month.slice(0, 4)}年{Number(a.month.slice(5))}月 · {a.statusLabel}
                {a.issue ? ` · 附于${a.issue}` : ""}
              </Button>
            ))}
          </Space>
        </Col>
      ) : null}
      <Col xs={24} xl={15}>
        <Card title="各部门扣分与加分" size="small">
          <Table<AssessmentEntry & { i: number }>
            size="small"
            rowKey="department"
            pagination={false}
            scroll={{ y: "calc(100vh - 360px)" }}
            dataSource={entries.map((e, i) => ({ ...e, i }))}
            columns={[
              { title: "部门（单位）", dataIndex: "department", width: 170 },
              { title: "基础分", width: 90, render: (_, e) => <InputNumber aria-label="基础分" size="small" min={0} max={200} value={e.base} disabled={!editable} onChange={(v) => setEntry(e.i, { base: Number(v ?? 100) })} style={{ width: 72 }} /> },
              { title: "减分（每条写明理由）", render: (_, e) => <PointsEditor kind="减分" items={e.deductions} disabled={!editable} onChange={(d) => setEntry(e.i, { deductions: d })} /> },
              { title: "加分（每条写明理由）", render: (_, e) => <PointsEditor kind="加分" items={e.bonuses} disabled={!editable} onChange={(b) => setEntry(e.i, { bonuses: b })} /> },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={9}>
        <Card title="排名（随填写实时计算）" size="small" data-testid="live-ranking">
          <Table<AssessmentRow>
            size="small"
            rowKey="department"
            pagination={false}
            scroll={{ y: "calc(100vh - 360px)" }}
            dataSource={rows}
            columns={[
              { title: "排名", dataIndex: "rank", width: 60 },
              { title: "部门（单位）", dataIndex: "department" },
              { title: "减分", dataIndex: "deduction", width: 70 },
              { title: "加分", dataIndex: "bonus", width: 70 },
              { title: "实得分", dataIndex: "score", width: 80, render: (v: number) => <Typography.Text strong>{v}</Typography.Text> },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
