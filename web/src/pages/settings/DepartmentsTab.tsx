import { useState } from "react";
import { App, Button, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Switch, Table, Tag } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import { createDepartment, listDepartments, updateDepartment, type DepartmentInput, type DepartmentView } from "../../api/departments";
import { ErrorBox, messageOf } from "../../components/Feedback";
import { invalidateDepartments } from "../../hooks/useDepartments";
import { useRequest } from "../../hooks/useRequest";

/** 部门与简称: the departments with a window, their short names (应急厅 → 应急管理厅) and order. */
export default function DepartmentsTab() {
  const { message } = App.useApp();
  const { data, loading, error, reload } = useRequest(() => listDepartments(true), []);
  const [editing, setEditing] = useState<DepartmentView | "new" | null>(null);
  const [form] = Form.useForm<DepartmentInput>();

  const save = async (id: number | null, d: DepartmentInput) => {
    try {
      if (id === null) await createDepartment(d);
      else await updateDepartment(id, d);
      message.success("已保存。");
      invalidateDepartments();
      await reload();
      return true;
    } catch (e) {
      message.error(messageOf(e));
      return false;
    }
  };
  const open = (d: DepartmentView | "new") => {
    setEditing(d);
    const next = (data?.reduce((m, x) => Math.max(m, x.displayOrder), 0) ?? 0) + 10;
    form.setFieldsValue(d === "new" ? { name: "", aliases: [], displayOrder: next, active: true } : { name: d.name, aliases: d.aliases, displayOrder: d.displayOrder, active: d.active });
  };
  const strip = ({ id: _id, ...d }: DepartmentView): DepartmentInput => d;

  return (
    <div>
      {error ? <ErrorBox error={error} retry={reload} /> : null}
      <Button type="primary" icon={<PlusOutlined />} onClick={() => open("new")} style={{ marginBottom: 12 }}>
        添加部门
      </Button>
      <Table<DepartmentView>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data}
        pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 个部门` }}
        columns={[
          { title: "顺序", dataIndex: "displayOrder", width: 80 },
          { title: "部门名称", dataIndex: "name" },
          { title: "简称与别名", dataIndex: "aliases", render: (a: string[]) => a.map((x) => <Tag key={x}>{x}</Tag>) },
          { title: "状态", dataIndex: "active", width: 80, render: (v: boolean) => (v ? <Tag color="green">在用</Tag> : <Tag>已停用</Tag>) },
          {
            title: "操作",
            width: 150,
            render: (_, d) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => open(d)}>
                  修改
                </Button>
                <Popconfirm
                  title={d.active ? `停用“${d.name}”？` : `恢复“${d.name}”？`}
                  description={d.active ? "停用后不再出现在部门选择中，往期周报不受影响。" : undefined}
                  okText={d.active ? "停用" : "恢复"}
                  cancelText="取消"
                  okButtonProps={{ danger: d.active }}
                  onConfirm={() => save(d.id, { ...strip(d), active: !d.active })}
                >
                  <Button type="link" size="small" danger={d.active}>
                    {d.active ? "停用" : "恢复"}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        title={editing === "new" ? "添加部门" : "修改部门"}
        open={!!editing}
        okText="保存"
        cancelText="取消"
        onCancel={() => setEditing(null)}
        onOk={async () => {
          const v = await form.validateFields();
          if (await save(editing === "new" ? null : (editing as DepartmentView).id, { ...v, aliases: (v.aliases ?? []).map((a) => a.trim()).filter(Boolean) })) setEditing(null);
        }}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="name" label="部门名称（规范全称）" rules={[{ required: true, whitespace: true, message: "请填写部门名称" }, { min: 2, message: "至少 2 个字" }]}>
            <Input placeholder="如：应急管理厅" />
          </Form.Item>
          <Form.Item name="aliases" label="简称与别名（输入后按回车）">
            <Select mode="tags" placeholder="如：应急厅" open={false} suffixIcon={null} />
          </Form.Item>
          <Form.Item name="displayOrder" label="显示顺序（数字小的在前）" rules={[{ required: true, message: "请填写顺序" }]}>
            <InputNumber min={0} max={10000} precision={0} />
          </Form.Item>
          <Form.Item name="active" label="在用" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
