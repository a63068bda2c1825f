import { useState } from "react";
import { Button, Form, Input, Modal, Radio, Select } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import { SECTION_KINDS, SECTION_KIND_LABELS, type SectionKind } from "@domain/model/section";

/** Adds a section after this one or inside it, of a kind chosen by its Chinese name. */
export function AddSectionButton({ disabled, level, onAdd, label = "添加栏目" }: { disabled?: boolean; level: number; onAdd(kind: SectionKind, heading: string, asChild: boolean): void; label?: string }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ kind: SectionKind; heading: string; where: "after" | "child" }>();
  return (
    <>
      <Button size="small" icon={<PlusOutlined />} disabled={disabled} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Modal
        title="添加栏目"
        open={open}
        okText="添加"
        cancelText="取消"
        onCancel={() => setOpen(false)}
        destroyOnHidden
        onOk={async () => {
          const v = await form.validateFields();
          onAdd(v.kind, v.heading.trim(), v.where === "child");
          setOpen(false);
          form.resetFields();
        }}
      >
        <Form form={form} layout="vertical" initialValues={{ kind: "news", where: "after" }} preserve={false}>
          <Form.Item name="heading" label="标题" rules={[{ required: true, whitespace: true, message: "请填写标题" }]}>
            <Input placeholder="如：政务工作动态（不含“一、”等编号）" />
          </Form.Item>
          <Form.Item name="kind" label="栏目类型">
            <Select options={SECTION_KINDS.map((k) => ({ value: k, label: SECTION_KIND_LABELS[k] }))} />
          </Form.Item>
          <Form.Item name="where" label="位置">
            <Radio.Group
              options={[
                { value: "after", label: "在当前栏目之后（同级）" },
                { value: "child", label: "作为当前栏目的子栏目", disabled: level >= 3 },
              ]}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
