import { Button, Form, Input, Select, Tag } from "antd";
import { Field } from "../../../components/Field";
import { randomId } from "../../../lib/randomId";
import { PlusOutlined } from "@ant-design/icons";
import { VISIT_ESCORTS, type ContentOf, type LeaderVisit } from "@domain/model/section";
import { HALL, leaderVisitParagraphs } from "@domain/present/leaderVisits";
import { DepartmentSelect } from "../../../components/DepartmentSelect";
import { DateInput, GeneratedText, orNull } from "./common";
import { RecordGrid } from "./RecordGrid";

type C = ContentOf<"leader-visits">;

/** What the section prints, as the renderer does (src/domain/present/leaderVisits.ts). */
export function printedParagraphs(c: C): string[] {
  return leaderVisitParagraphs(c).map((p) => p.text);
}

/** 厅（局）长进大厅: who was on duty at the hall, and the sentence that names them. */
export function LeaderVisitsForm({ content, onChange, disabled }: { content: C; onChange(c: C): void; disabled?: boolean }) {
  const set = (r: LeaderVisit, patch: Partial<LeaderVisit>) => onChange({ ...content, visits: content.visits.map((v) => (v.id === r.id ? { ...v, ...patch } : v)) });
  const add = () =>
    onChange({ ...content, visits: [...content.visits, { id: randomId(), date: null, endDate: null, department: "", person: "", title: "", escort: null, window: null, text: null, submissionId: null }] });
  return (
    <Form layout="vertical" disabled={disabled}>
      <RecordGrid<LeaderVisit>
        records={content.visits}
        keyOf={(v) => v.id}
        noun={{ count: "位", remove: "进大厅记录" }}
        empty="本周无厅（局）长进大厅"
        disabled={disabled}
        onRemove={(i) => onChange({ ...content, visits: content.visits.filter((_, j) => j !== i) })}
        badge={(v) => (v.submissionId ? <Tag color="blue">报送</Tag> : null)}
        fields={[
          { label: "日期", render: (r, id) => <DateInput id={id} ariaLabel="进大厅日期" value={r.date} onChange={(v) => set(r, { date: v })} /> },
          { label: "至（多日时）", render: (r, id) => <DateInput id={id} ariaLabel="进大厅结束日期" value={r.endDate} onChange={(v) => set(r, { endDate: v })} /> },
          { label: "部门", render: (r, id) => <DepartmentSelect id={id} value={r.department || null} onChange={(v) => set(r, { department: v ?? "" })} /> },
          { label: "职务", render: (r, id) => <Input id={id} aria-label="职务" value={r.title} placeholder="如：党组成员、副厅长" onChange={(e) => set(r, { title: e.target.value })} /> },
          { label: "姓名", render: (r, id) => <Input id={id} aria-label="姓名" value={r.person} status={r.person ? undefined : "warning"} onChange={(e) => set(r, { person: e.target.value })} /> },
          {
            label: "率队",
            render: (r, id) => (
              <Select id={id} aria-label="率队、带队或一行" allowClear placeholder="无" value={r.escort ?? undefined} options={VISIT_ESCORTS.map((e) => ({ value: e, label: e }))} onChange={(v) => set(r, { escort: v ?? null })} style={{ width: "100%" }} />
            ),
          },
          { label: "到…窗口", render: (r, id) => <Input id={id} aria-label="到哪个窗口" value={r.window ?? ""} placeholder={HALL} onChange={(e) => set(r, { window: orNull(e.target.value) })} /> },
          {
            label: "单独成段的文字（可不填）",
            wide: true,
            render: (r, id) => (
              <Input.TextArea
                id={id}
                aria-label="单独成段的文字"
                autoSize={{ minRows: 1, maxRows: 8 }}
                placeholder="单独成段的情况说明：接在生成的句子（日期、部门、职务、姓名）之后印出；若已写全部门、职务和姓名，则按所写印出。不填则只出现在概述句中。"
                value={r.text ?? ""}
                onChange={(e) => set(r, { text: orNull(e.target.value) })}
              />
            ),
          },
        ]}
      />
      <Button icon={<PlusOutlined />} onClick={add} style={{ margin: "8px 0 16px" }}>
        添加一位
      </Button>
      <Field label="自拟概述（不填则使用下方生成的文字）">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} value={content.summary ?? ""} onChange={(e) => onChange({ ...content, summary: orNull(e.target.value) })} />
      </Field>
      <GeneratedText>
        {printedParagraphs(content).map((p, i) => (
          <div key={i}>{p}</div>
        ))}
      </GeneratedText>
    </Form>
  );
}
