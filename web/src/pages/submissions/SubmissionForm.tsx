import { useState } from "react";
import { Button, DatePicker, Form, Input, Modal, Radio, Select, Space } from "antd";
import dayjs from "dayjs";
import type { Section } from "@domain/model/section";
import { walkSections } from "@domain/tree";
import { headingNumber } from "@domain/present/numerals";
import type { Submission, SubmissionInput } from "../../api/submissions";
import { ref } from "../../api/issues";
import type { Period } from "@domain/model/common";
import { dateInPeriod, inPeriod } from "@domain/numbering/withinPeriod";
import { chinesePeriod } from "@domain/present/dates";

type Values = { kind: "news" | "leader-visit"; sectionId?: string; text?: string; date?: dayjs.Dayjs; person?: string; title?: string; visitText?: string };

type Props = {
  open: boolean;
  editing: Submission | null;
  sections: Section[];
  /** The draft the item is for; absent when it waits for the next issue. */
  issue?: { year: number; seq: number; period: Period };
  onCancel(): void;
  onSave(input: SubmissionInput, andSubmit: boolean): Promise<void>;
};

/** The news sections of an issue, with the numbering they print under. */
function newsSections(tree: Section[]): { value: string; label: string }[] {
  const out: { value: string; label: string }[] = [];
  const walk = (list: Section[], trail: string) => {
    let n = 0;
    for (const s of list) {
      const num = s.level > 0 ? headingNumber(s.level, ++n) : "";
      const label = `${trail}${num}${s.heading}`;
      if (s.content.kind === "news") out.push({ value: s.id, label });
      walk(s.children, s.level > 0 ? `${label} › ` : "");
    }
  };
  walk(tree, "");
  return out;
}

/** A liaison's item: a news paragraph for a news section, or a department head's visit to the hall. */
export function SubmissionForm({ open, editing, sections, issue, onCancel, onSave }: Props) {
  const issueRef = issue ? ref(issue) : undefined;
  const period = issue?.period;
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch("kind", form);
  const options = newsSections(sections);
  const hasVisits = [...walkSections(sections)].some((s) => s.content.kind === "leader-visits");

  // The dialog's content is created afresh each time it opens, so these apply every time.
  const c = editing?.content;
  const initial: Values =
    c?.kind === "leader-visit"
      ? { kind: "leader-visit", date: dayjs(c.date), person: c.person, title: c.title, visitText: c.text ?? "" }
      : {
          kind: "news",
          sectionId: c?.kind === "news" ? c.sectionId : options[0]?.value,
          text: c?.kind === "news" ? c.text : "",
          // A new visit is dated in the issue's period, not on a today outside it.
          date: period ? dayjs(dateInPeriod(period, dayjs().format("YYYY-MM-DD"))) : undefined,
        };

  const submit = async (andSubmit: boolean) => {
    const v = await form.validateFields();
    const input: SubmissionInput =
      v.kind === "news"
        ? { kind: "news", sectionId: v.sectionId!, text: v.text!.trim(), ...(issueRef ? { issue: issueRef } : {}) }
        : { kind: "leader-visit", date: v.date!.format("YYYY-MM-DD"), person: v.person!.trim(), title: (v.title ?? "").trim(), text: v.visitText?.trim() || null, ...(issueRef ? { issue: issueRef } : {}) };
    await onSave(input, andSubmit);
  };

  return (
    <Modal
      title={editing ? "修改报送" : "新建报送"}
      open={open}
      width={680}
      onCancel={onCancel}
      destroyOnHidden
      footer={null}
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={initial}>
        <Form.Item name="kind" label="类型">
          <Radio.Group
            options={[
              { value: "news", label: "工作动态" },
              { value: "leader-visit", label: "厅（局）长进大厅", disabled: !hasVisits },
            ]}
          />
        </Form.Item>
        {kind !== "leader-visit" ? (
          <>
            <Form.Item name="sectionId" label="栏目" rules={[{ required: true, message: "请选择栏目" }]}>
              <Select options={options} placeholder="选择要放入的栏目" />
            </Form.Item>
            <Form.Item name="text" label="动态内容" rules={[{ required: true, whitespace: true, message: "请填写动态内容" }, { min: 10, message: "动态内容至少 10 个字" }, { max: 2000, message: "动态内容不能超过 2000 字" }]}>
              <Input.TextArea autoSize={{ minRows: 6, maxRows: 16 }} showCount maxLength={2000} placeholder="写明本部门窗口本周的工作，如：本周，某厅窗口……" />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item
              name="date"
              label="日期"
              extra={period ? `须在本期统计周期（${chinesePeriod(period)}）内` : undefined}
              rules={[
                { required: true, message: "请选择日期" },
                { validator: (_, v?: dayjs.Dayjs) => (v && period && !inPeriod(v.format("YYYY-MM-DD"), period) ? Promise.reject(new Error(`请选择本期统计周期（${chinesePeriod(period)}）内的日期`)) : Promise.resolve()) },
              ]}
            >
              <DatePicker style={{ width: "100%" }} defaultPickerValue={period ? dayjs(period.start) : undefined} disabledDate={(d) => !!period && !inPeriod(d.format("YYYY-MM-DD"), period)} />
            </Form.Item>
            <Form.Item name="title" label="职务" rules={[{ max: 40, message: "职务不能超过 40 字" }]}>
              <Input placeholder="如：党组成员、副厅长" />
            </Form.Item>
            <Form.Item name="person" label="姓名" rules={[{ required: true, whitespace: true, message: "请填写姓名" }, { min: 2, message: "姓名至少 2 个字" }, { max: 20, message: "姓名不能超过 20 字" }]}>
              <Input />
            </Form.Item>
            <Form.Item name="visitText" label="情况说明（可不填）" extra="印在自动生成的句子（日期、部门、职务、姓名）之后，不会替换它。" rules={[{ max: 1000, message: "说明不能超过 1000 字" }]}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
            </Form.Item>
          </>
        )}
      </Form>
      <FormButtons onCancel={onCancel} onSave={() => submit(false)} onSubmit={() => submit(true)} />
    </Modal>
  );
}

function FormButtons({ onCancel, onSave, onSubmit }: { onCancel(): void; onSave(): Promise<void>; onSubmit(): Promise<void> }) {
  const [busy, setBusy] = useState<"save" | "submit" | null>(null);
  const run = (which: "save" | "submit", fn: () => Promise<void>) => {
    setBusy(which);
    // A rejected validation already shows its messages beside the fields.
    fn().catch(() => undefined).finally(() => setBusy(null));
  };
  return (
    <Space style={{ display: "flex", justifyContent: "flex-end" }}>
      <Button onClick={onCancel}>取消</Button>
      <Button loading={busy === "save"} onClick={() => run("save", onSave)}>
        保存草稿
      </Button>
      <Button type="primary" loading={busy === "submit"} onClick={() => run("submit", onSubmit)} data-testid="submission-submit">
        保存并报送
      </Button>
    </Space>
  );
}
