import { Button, Form, Input, Popconfirm, Select, Table, Tag } from "antd";
import { randomId } from "../../../lib/randomId";
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { VISIT_ESCORTS, type ContentOf, type LeaderVisit } from "@domain/model/section";
import { HALL, leaderVisitParagraphs } from "@domain/present/leaderVisits";
import { DepartmentSelect } from "../../../components/DepartmentSelect";
import { DateInput, GeneratedText, orNull } from "./common";

type C = ContentOf<"leader-visits">;

/** What the section prints, as the renderer does (src/domain/present/leaderVisits.ts). */
export function printedParagraphs(c: C): string[] {
  return leaderVisitParagraphs(c).map((p) => p.text);
}

/** 厅（局）长进大厅: who was on duty at the hall, and the sentence that names them. */
export function LeaderVisitsForm({ content, onChange, disabled }: { content: C; onChange(c: C): void; disabled?: boolean }) {
  const set = (i: number, patch: Partial<LeaderVisit>) => onChange({ ...content, visits: content.visits.map((v, j) => (j === i ? { ...v, ...patch } : v)) });
  const add = () =>
    onChange({ ...content, visits: [...content.visits, { id: randomId(), date: null, endDate: null, department: "", person: "", title: "", escort: null, window: null, text: null, submissionId: null }] });
  return (
    <Form layout="vertical" disabled={disabled}>
      <Table<LeaderVisit & { i: number }>
        size="small"
        pagination={false}
        rowKey="id"
        dataSource={content.visits.map((v, i) => ({ ...v, i }))}
        locale={{ emptyText: "本周无厅（局）长进大厅" }}
        scroll={{ x: 1120 }}
        expandable={{
          expandedRowRender: (r) => (
            <Input.TextArea
              aria-label="单独成段的文字"
              autoSize={{ minRows: 2, maxRows: 8 }}
              placeholder="单独成段的情况说明：接在生成的句子（日期、部门、职务、姓名）之后印出；若已写全部门、职务和姓名，则按所写印出。不填则只出现在概述句中。"
              value={r.text ?? ""}
              onChange={(e) => set(r.i, { text: orNull(e.target.value) })}
            />
          ),
          rowExpandable: () => true,
          columnTitle: "段落",
        }}
        columns={[
          { title: "日期", width: 150, render: (_, r) => <DateInput ariaLabel="进大厅日期" value={r.date} onChange={(v) => set(r.i, { date: v })} /> },
          { title: "至（多日时）", width: 150, render: (_, r) => <DateInput ariaLabel="进大厅结束日期" value={r.endDate} onChange={(v) => set(r.i, { endDate: v })} /> },
          { title: "部门", width: 200, render: (_, r) => <DepartmentSelect value={r.department || null} onChange={(v) => set(r.i, { department: v ?? "" })} /> },
          { title: "职务", width: 200, render: (_, r) => <Input aria-label="职务" value={r.title} placeholder="如：党组成员、副厅长" onChange={(e) => set(r.i, { title: e.target.value })} /> },
          { title: "姓名", width: 110, render: (_, r) => <Input aria-label="姓名" value={r.person} status={r.person ? undefined : "warning"} onChange={(e) => set(r.i, { person: e.target.value })} /> },
          {
            title: "率队",
            width: 100,
            render: (_, r) => (
              <Select aria-label="率队、带队或一行" allowClear placeholder="无" value={r.escort ?? undefined} options={VISIT_ESCORTS.map((e) => ({ value: e, label: e }))} onChange={(v) => set(r.i, { escort: v ?? null })} style={{ width: "100%" }} />
            ),
          },
          { title: "到…窗口", width: 160, render: (_, r) => <Input aria-label="到哪个窗口" value={r.window ?? ""} placeholder={HALL} onChange={(e) => set(r.i, { window: orNull(e.target.value) })} /> },
          { title: "来源", width: 70, render: (_, r) => (r.submissionId ? <Tag color="blue">报送</Tag> : null) },
          {
            title: "",
            width: 48,
            render: (_, r) => (
              <Popconfirm title="删除这条记录？" okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => onChange({ ...content, visits: content.visits.filter((_, j) => j !== r.i) })}>
                <Button type="text" danger icon={<DeleteOutlined />} aria-label="删除记录" />
              </Popconfirm>
            ),
          },
        ]}
      />
      <Button icon={<PlusOutlined />} onClick={add} style={{ margin: "8px 0 16px" }}>
        添加一位
      </Button>
      <Form.Item label="自拟概述（不填则使用下方生成的文字）">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} value={content.summary ?? ""} onChange={(e) => onChange({ ...content, summary: orNull(e.target.value) })} />
      </Form.Item>
      <GeneratedText>
        {printedParagraphs(content).map((p, i) => (
          <div key={i}>{p}</div>
        ))}
      </GeneratedText>
    </Form>
  );
}
