import { useEffect, useState } from "react";
import { Alert, App, Button, Card, Col, Empty, Popconfirm, Row, Select, Space, Typography } from "antd";
import { SaveOutlined, UndoOutlined } from "@ant-design/icons";
import type { Section } from "@domain/model/section";
import { firstOfKind, walkSections } from "@domain/tree";
import { chinesePeriod } from "@domain/present/dates";
import { getIssue, listIssues, ref } from "../../api/issues";
import { statsXlsxUrl } from "../../api/dashboard";
import { ExcelButton } from "../../components/ExcelButton";
import { useUser } from "../../auth/AuthProvider";
import { can } from "../../auth/roles";
import { ErrorBox, Loading, messageOf } from "../../components/Feedback";
import { StatusTag } from "../../components/StatusTag";
import { useRequest } from "../../hooks/useRequest";
import { useUnsavedChanges } from "../../hooks/useUnsavedChanges";
import { useIssueEditor } from "../editor/useIssueEditor";
import { setContent } from "../editor/treeOps";
import { PlatformStatsForm } from "../editor/forms/PlatformStatsForm";
import { WindowCountsForm } from "../editor/forms/WindowCountsForm";
import { ManualProgressForm } from "../editor/forms/ManualProgressForm";
import { PolicyListsForm } from "../editor/forms/PolicyListsForm";
import { PlatformComparison, WindowComparison } from "./Comparison";
import { LedgerCard } from "./LedgerCard";

const DATA_KINDS = new Set(["platform-stats", "window-counts", "manual-progress", "policy-lists"]);

/** 统计数据: the figures of an issue in one place, beside last week's, typed or filled from the ledgers. */
export default function StatsPage() {
  const list = useRequest(() => listIssues({ limit: 60 }), []);
  const [picked, setPicked] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  if (list.loading) return <Loading />;
  if (list.error) return <ErrorBox error={list.error} retry={list.reload} />;
  const issues = list.data ?? [];
  const fallback = issues.find((i) => i.status === "draft") ?? issues[0];
  const current = picked ?? (fallback ? ref(fallback) : null);
  const idx = issues.findIndex((i) => ref(i) === current);
  const previous = idx >= 0 ? issues[idx + 1] : undefined;
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Space wrap>
        <span>期号：</span>
        <Select aria-label="期号" disabled={dirty} title={dirty ? "请先保存或撤销当前修改" : undefined} style={{ width: 220 }} value={current ?? undefined} onChange={setPicked} options={issues.map((i) => ({ value: ref(i), label: `${i.year}年第${i.seq}期（${i.statusLabel}）` }))} placeholder="还没有周报" />
        {current ? <ExcelButton url={statsXlsxUrl(Number(current.slice(0, 4)))} fileName={`${current.slice(0, 4)}年统计数据.xlsx`} testId="export-stats" /> : null}
      </Space>
      {current ? <IssueFigures key={current} issueRef={current} previousRef={previous ? ref(previous) : null} onDirty={setDirty} /> : <Empty description="还没有周报。请先在“本期编辑”中新建本期。" />}
    </Space>
  );
}

function IssueFigures({ issueRef, previousRef, onDirty }: { issueRef: string; previousRef: string | null; onDirty(d: boolean): void }) {
  const user = useUser();
  const { message } = App.useApp();
  const ed = useIssueEditor(issueRef);
  const prev = useRequest(() => getIssue(previousRef!), [previousRef], !!previousRef);
  useUnsavedChanges(ed.dirty);
  useEffect(() => onDirty(ed.dirty), [ed.dirty, onDirty]);
  if (ed.loading && !ed.issue) return <Loading />;
  if (ed.error || !ed.issue || !ed.doc) return <ErrorBox error={ed.error} retry={ed.reload} />;
  const editable = ed.editable && can(user.role, "enterStats");
  const sameYear = !!prev.data && prev.data.year === ed.issue.year;
  const sections = [...walkSections(ed.doc.sections)].filter((s) => DATA_KINDS.has(s.content.kind));
  const change = (s: Section) => (c: Section["content"]) => ed.setDoc((d) => ({ ...d, sections: setContent(d.sections, s.id, c) }));
  const save = async () => {
    try {
      await ed.save();
      message.success("已保存，校核结果已更新。");
    } catch (e) {
      message.error(messageOf(e));
    }
  };
  const errors = ed.issue.findings.filter((f) => f.severity === "error" && sections.some((s) => s.id === f.sectionId));
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <Card size="small">
          <Space wrap style={{ width: "100%", justifyContent: "space-between" }}>
            <Space wrap>
              <Typography.Text strong>统计周期：{chinesePeriod(ed.issue.period)}</Typography.Text>
              <StatusTag status={ed.issue.status} />
              {prev.data ? <Typography.Text type="secondary">对比上期：{prev.data.year}年第{prev.data.seq}期</Typography.Text> : null}
            </Space>
            {editable ? (
              <Space>
                <Popconfirm title="撤销全部未保存的修改？" okText="撤销" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={ed.discard} disabled={!ed.dirty}>
                  <Button icon={<UndoOutlined />} disabled={!ed.dirty}>
                    撤销修改
                  </Button>
                </Popconfirm>
                <Button type="primary" icon={<SaveOutlined />} disabled={!ed.dirty} loading={ed.saving} onClick={save} data-testid="save-stats">
                  保存
                </Button>
              </Space>
            ) : null}
          </Space>
          {!editable ? <Alert type="info" showIcon style={{ marginTop: 8 }} title="本期不是草稿或您的角色不能修改，数字只读。" /> : null}
          {errors.map((f, i) => <Alert key={i} type="error" showIcon style={{ marginTop: 8 }} title={f.message} />)}
        </Card>
      </Col>
      <Col xs={24} xxl={16}>
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          {sections.length === 0 ? <Empty description="本期没有数据类栏目。" /> : null}
          {sections.map((s) => (
            <Card key={s.id} size="small" title={s.heading}>
              {s.content.kind === "platform-stats" ? (
                <>
                  <PlatformStatsForm content={s.content} onChange={change(s)} disabled={!editable} />
                  <PlatformComparison now={s.content} before={prev.data ? firstOfKind(prev.data.sections, "platform-stats")?.content : undefined} sameYear={sameYear} />
                </>
              ) : s.content.kind === "window-counts" ? (
                <>
                  <WindowCountsForm content={s.content} onChange={change(s)} disabled={!editable} />
                  <WindowComparison now={s.content} before={prev.data ? firstOfKind(prev.data.sections, "window-counts")?.content : undefined} sameYear={sameYear} />
                </>
              ) : s.content.kind === "manual-progress" ? (
                <ManualProgressForm content={s.content} onChange={change(s)} disabled={!editable} />
              ) : s.content.kind === "policy-lists" ? (
                <PolicyListsForm content={s.content} onChange={change(s)} disabled={!editable} />
              ) : null}
            </Card>
          ))}
        </Space>
      </Col>
      <Col xs={24} xxl={8}>
        <LedgerCard issueRef={issueRef} editable={editable} dirty={ed.dirty} onFilled={ed.adopt} />
      </Col>
    </Row>
  );
}
