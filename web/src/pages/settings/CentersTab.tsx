import { useMemo, useState } from "react";
import { App, Button, Form, Input, Modal, Radio, Select, Table, Typography } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import { nestCenters, type CenterBranch } from "@domain/centers/tree";
import { addCenter, listCenters, type NewCenterInput } from "../../api/centers";
import { ErrorBox, messageOf } from "../../components/Feedback";
import { useRequest } from "../../hooks/useRequest";

type Draft = { code: string; name: string; parent: string; copyDepartmentsFrom: string; template: "2022" | "2023" };
/** The department source “the standard list” (the 29 seed departments). */
const SEED = "";

/**
 * 中心管理 (issue 19): the centers under the province user's own, as a tree, and adding
 * one (code, name, parent, where its departments come from, its first template). The
 * server refuses bad codes, duplicates and parents outside the tree; its message is shown.
 */
export default function CentersTab() {
  const { message } = App.useApp();
  const { data, loading, error, reload } = useRequest(() => listCenters(), []);
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<Draft>();
  const tree = useMemo(() => nestCenters(data ?? []), [data]);
  const choices = (data ?? []).map((c) => ({ value: c.code, label: `${"　".repeat(c.depth)}${c.code} ${c.name}` }));

  const submit = async () => {
    const v = await form.validateFields();
    const input: NewCenterInput = { code: v.code.trim(), name: v.name.trim(), parent: v.parent, copyDepartmentsFrom: v.copyDepartmentsFrom || null, template: v.template };
    setSaving(true);
    try {
      const c = await addCenter(input);
      message.success(`已添加中心 ${c.code} ${c.name}。`);
      setOpen(false);
      await reload();
    } catch (e) {
      message.error(messageOf(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div>
      {error ? <ErrorBox error={error} retry={reload} /> : null}
      <Typography.Paragraph type="secondary">
        本中心及其下级中心。中心编码为 6 位行政区划代码（如 510100 成都市、510107 武侯区），须在上级中心的行政区划之内。新中心的期号、节假日调整、周报、台账和用户各自独立；部门可用标准清单或复制某个中心的部门。
      </Typography.Paragraph>
      <Button
        type="primary"
        icon={<PlusOutlined />}
        style={{ marginBottom: 12 }}
        disabled={!data?.length}
        onClick={() => {
          form.resetFields();
          form.setFieldsValue({ parent: data?.[0]?.code, copyDepartmentsFrom: SEED, template: "2023" });
          setOpen(true);
        }}
      >
        添加中心
      </Button>
      <Table<CenterBranch>
        rowKey="code"
        size="small"
        loading={loading}
        dataSource={tree}
        expandable={{ defaultExpandAllRows: true }}
        pagination={false}
        columns={[
          { title: "编码", dataIndex: "code", width: 220 },
          { title: "名称", dataIndex: "name" },
          { title: "上级", dataIndex: "parentCode", width: 120, render: (v: string | null) => v ?? "—" },
        ]}
        // defaultExpandAllRows applies when the table mounts: mount it again when a center is added.
        key={data?.length ?? 0}
      />
      <Modal title="添加中心" open={open} okText="添加" cancelText="取消" confirmLoading={saving} onCancel={() => setOpen(false)} onOk={submit} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item name="code" label="中心编码" extra="6 位行政区划代码，如 510100。" rules={[{ required: true, whitespace: true, message: "请填写中心编码" }, { pattern: /^\s*\d{6}\s*$/, message: "中心编码应为 6 位数字" }]}>
            <Input autoComplete="off" maxLength={6} />
          </Form.Item>
          <Form.Item name="name" label="名称" extra="周报的编印单位，如 成都市政务服务中心。" rules={[{ required: true, whitespace: true, message: "请填写中心名称" }, { min: 2, message: "中心名称至少 2 个字" }, { max: 80, message: "中心名称不能超过 80 字" }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="parent" label="上级中心" rules={[{ required: true, message: "请选择上级中心" }]}>
            <Select options={choices} />
          </Form.Item>
          <Form.Item name="copyDepartmentsFrom" label="进驻部门">
            <Select options={[{ value: SEED, label: "标准清单（29 个省级部门）" }, ...choices.map((c) => ({ ...c, label: `复制 ${c.label.trim()} 的部门` }))]} />
          </Form.Item>
          <Form.Item name="template" label="第一期的栏目模板">
            <Radio.Group options={[{ value: "2023", label: "2023 版" }, { value: "2022", label: "2022 版" }]} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
