import { useEffect, useState } from "react";
import { Field } from "../../components/Field";
import { App, Button, Card, Col, Form, Row, Space, Table, Tag, Typography } from "antd";
import { SaveOutlined, PlusOutlined } from "@ant-design/icons";
import type { InspectionItem } from "@domain/model/section";
import { chineseDate, chinesePeriod, issueNumberLine } from "@domain/present/dates";
import { DEFAULT_INSPECTION_VERDICT } from "@domain/present/sentences";
import { listIssues, ref } from "../../api/issues";
import { attachInspection, editInspection, listInspections, recordInspection, type Inspection } from "../../api/inspections";
import { useUser } from "../../auth/AuthProvider";
import { can } from "../../auth/roles";
import { ErrorBox, Loading, messageOf } from "../../components/Feedback";
import { useRequest } from "../../hooks/useRequest";
import { useUnsavedChanges } from "../../hooks/useUnsavedChanges";
import { DateInput } from "../editor/forms/common";
import type { Period } from "@domain/model/common";
import { dateInPeriod, inPeriod } from "@domain/numbering/withinPeriod";
import { defaultInspectionItems, InspectionItems } from "../editor/forms/InspectionItems";

type Draft = { id: number | null; inspectedOn: string; items: InspectionItem[] };
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
/** A new record is dated in the issue's period: today while it runs, else its nearest end. */
const dayFor = (issue: { period: Period } | null) => (issue ? dateInPeriod(issue.period, today()) : today());

/** 大厅巡查: the inspector records the week's six items; the editor takes a record into the issue. */
export default function InspectionPage() {
  const user = useUser();
  const { message } = App.useApp();
  const issues = useRequest(() => listIssues({ limit: 10 }), []);
  const current = issues.data?.find((i) => i.status === "draft") ?? null;
  const list = useRequest(() => listInspections(), []);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saved, setSaved] = useState<string>("");
  const [busy, setBusy] = useState(false);
  const mayRecord = can(user.role, "inspect");
  const dirty = !!draft && JSON.stringify(draft) !== saved;
  useUnsavedChanges(dirty);

  const start = (d: Draft) => {
    setDraft(d);
    setSaved(JSON.stringify(d));
  };
  // An inspector lands on this week's record: the existing one, or a new one with the six defaults.
  useEffect(() => {
    if (!mayRecord || draft || !list.data || !issues.data) return;
    const mine = current ? list.data.find((i) => i.issue === ref(current)) : undefined;
    start(mine ? { id: mine.id, inspectedOn: mine.inspectedOn, items: mine.items } : { id: null, inspectedOn: dayFor(current), items: defaultInspectionItems() });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [list.data, issues.data]);

  const save = async () => {
    if (!draft) return;
    if (draft.items.some((i) => i.verdict.trim().length < 2)) return message.error("每一项都要填写情况（至少 2 个字）。");
    if (current && !draft.id && !inPeriod(draft.inspectedOn, current.period)) return message.error(`巡查日期须在本期统计周期（${chinesePeriod(current.period)}）内。`);
    setBusy(true);
    try {
      const input = { inspectedOn: draft.inspectedOn, items: draft.items, ...(draft.id ? {} : current ? { issue: ref(current) } : {}) };
      const r = draft.id ? await editInspection(draft.id, input) : await recordInspection(input);
      start({ id: r.id, inspectedOn: r.inspectedOn, items: r.items });
      message.success("巡查记录已保存，编辑可在本期中采用。");
      await list.reload();
    } catch (e) {
      message.error(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const attach = async (i: Inspection) => {
    try {
      await attachInspection(i.id);
      message.success(`已放入${i.issue}的“大厅巡查”栏目。`);
      await list.reload();
    } catch (e) {
      message.error(messageOf(e));
    }
  };

  if (issues.loading || list.loading) return <Loading />;
  if (issues.error || list.error) return <ErrorBox error={issues.error ?? list.error} retry={() => (issues.reload(), list.reload())} />;
  return (
    <Row gutter={[16, 16]}>
      {mayRecord && draft ? (
        <Col span={24}>
          <Card
            title={draft.id ? "修改巡查记录" : "记录本周大厅巡查"}
            extra={
              <Space>
                <Button icon={<PlusOutlined />} disabled={!dirty && !draft.id} onClick={() => start({ id: null, inspectedOn: dayFor(current), items: defaultInspectionItems() })}>
                  新记录
                </Button>
                <Button type="primary" icon={<SaveOutlined />} loading={busy} disabled={!dirty} onClick={save} data-testid="save-inspection">
                  保存
                </Button>
              </Space>
            }
          >
            <Typography.Paragraph type="secondary">
              {current ? `本期：${issueNumberLine(current)}（${chinesePeriod(current.period)}）。` : "本期周报尚未创建，保存时需等编辑新建本期。"}
              没有问题的项目保持“{DEFAULT_INSPECTION_VERDICT}”即可；发现问题请直接改写该项的情况，备注不会印出。
            </Typography.Paragraph>
            <Form layout="inline" style={{ marginBottom: 12 }}>
              <Field label="巡查日期">
                <DateInput ariaLabel="巡查日期" allowClear={false} within={current && !draft.id ? current.period : undefined} value={draft.inspectedOn} onChange={(v) => v && setDraft({ ...draft, inspectedOn: v })} />
              </Field>
            </Form>
            <InspectionItems items={draft.items} onChange={(items) => setDraft({ ...draft, items })} />
          </Card>
        </Col>
      ) : null}
      <Col span={24}>
        <Card title="巡查记录">
          <Table<Inspection>
            rowKey="id"
            dataSource={list.data}
            pagination={{ pageSize: 10 }}
            locale={{ emptyText: "还没有巡查记录" }}
            columns={[
              { title: "巡查日期", dataIndex: "inspectedOn", width: 140, render: chineseDate },
              { title: "期号", dataIndex: "issue", width: 100, render: (v) => v ?? "—" },
              { title: "巡查员", dataIndex: "inspector", width: 120 },
              { title: "发现的问题", render: (_, i) => { const bad = i.items.filter((x) => x.verdict !== DEFAULT_INSPECTION_VERDICT); return bad.length ? bad.map((x) => `${x.item}：${x.verdict}`).join("；") : <Typography.Text type="secondary">六项均为总体情况良好</Typography.Text>; } },
              { title: "状态", width: 100, render: (_, i) => (i.attachedAt ? <Tag color="green">已采用</Tag> : <Tag>未采用</Tag>) },
              {
                title: "操作",
                width: 150,
                render: (_, i) => (
                  <Space size={0}>
                    {mayRecord ? <Button type="link" size="small" onClick={() => start({ id: i.id, inspectedOn: i.inspectedOn, items: i.items })}>修改</Button> : null}
                    {can(user.role, "editIssue") && i.issue ? <Button type="link" size="small" onClick={() => attach(i)}>{i.attachedAt ? "重新采用" : "放入该期"}</Button> : null}
                  </Space>
                ),
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
