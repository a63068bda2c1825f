import { useState } from "react";
import { App, Button, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import { addUser, listUsers, updateUser, type NewUser } from "../../api/admin";
import type { Role, User } from "../../api/types";
import { useUser } from "../../auth/AuthProvider";
import { ROLE_LABELS } from "../../auth/roles";
import { ErrorBox, messageOf } from "../../components/Feedback";
import { useDepartments } from "../../hooks/useDepartments";
import { useRequest } from "../../hooks/useRequest";
import { passwordProblem } from "../login/ChangePasswordForm";

// 省级管理员 is granted at the command line only (the server refuses it here): not offered.
const ROLES = Object.entries(ROLE_LABELS)
  .filter(([value]) => value !== "province")
  .map(([value, label]) => ({ value: value as Role, label }));

/** 用户与角色: accounts, their role and (for liaisons) department; disabling and password resets. */
export default function UsersTab() {
  const me = useUser();
  const { message } = App.useApp();
  const { departments } = useDepartments();
  const { data, loading, error, reload } = useRequest(() => listUsers(), []);
  const [editing, setEditing] = useState<User | "new" | null>(null);
  const [form] = Form.useForm<NewUser>();
  const role = Form.useWatch("role", form);

  const run = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      message.success(done);
      await reload();
      return true;
    } catch (e) {
      message.error(messageOf(e));
      return false;
    }
  };
  const open = (u: User | "new") => {
    setEditing(u);
    form.resetFields();
    form.setFieldsValue(u === "new" ? { role: "liaison", departmentId: null } : { username: u.username, displayName: u.displayName, role: u.role, departmentId: u.departmentId });
  };
  const submit = async () => {
    const v = await form.validateFields();
    const departmentId = v.role === "liaison" ? v.departmentId : null;
    const ok =
      editing === "new"
        ? await run(() => addUser({ ...v, departmentId }), `已添加用户 ${v.username}，首次登录时须修改密码。`)
        : await run(() => updateUser((editing as User).id, { displayName: v.displayName, role: v.role, departmentId, ...(v.password ? { password: v.password } : {}) }), v.password ? "已保存，并已重置密码。" : "已保存。");
    if (ok) setEditing(null);
  };

  return (
    <div>
      {error ? <ErrorBox error={error} retry={reload} /> : null}
      <Button type="primary" icon={<PlusOutlined />} onClick={() => open("new")} style={{ marginBottom: 12 }}>
        添加用户
      </Button>
      <Table<User>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data}
        pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 个用户` }}
        columns={[
          { title: "用户名", dataIndex: "username" },
          { title: "姓名", dataIndex: "displayName" },
          { title: "角色", dataIndex: "role", render: (r: Role) => ROLE_LABELS[r] },
          { title: "部门", dataIndex: "department", render: (d: string | null) => d ?? "—" },
          { title: "状态", width: 150, render: (_, u) => (<Space size={4}>{u.active ? <Tag color="green">正常</Tag> : <Tag>已停用</Tag>}{u.mustChangePassword ? <Tag color="orange">待改密码</Tag> : null}</Space>) },
          { title: "最近登录", dataIndex: "lastLoginAt", width: 170, render: (v: string | null) => (v ? new Date(v).toLocaleString("zh-CN") : "从未登录") },
          {
            title: "操作",
            width: 140,
            render: (_, u) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => open(u)}>
                  修改
                </Button>
                {u.id !== me.id ? (
                  <Popconfirm
                    title={u.active ? `停用用户 ${u.username}？` : `恢复用户 ${u.username}？`}
                    description={u.active ? "停用后该用户立即退出登录，不能再登录。" : undefined}
                    okText={u.active ? "停用" : "恢复"}
                    cancelText="取消"
                    okButtonProps={{ danger: u.active }}
                    onConfirm={() => run(() => updateUser(u.id, { active: !u.active }), u.active ? "已停用。" : "已恢复。")}
                  >
                    <Button type="link" size="small" danger={u.active}>
                      {u.active ? "停用" : "恢复"}
                    </Button>
                  </Popconfirm>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      <Modal title={editing === "new" ? "添加用户" : "修改用户"} open={!!editing} okText="保存" cancelText="取消" onCancel={() => setEditing(null)} onOk={submit} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item name="username" label="用户名" rules={[{ required: true, message: "请填写用户名" }, { pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{2,31}$/, message: "3–32 位字母、数字、点、下划线或连字符，以字母或数字开头" }]}>
            <Input disabled={editing !== "new"} autoComplete="off" />
          </Form.Item>
          <Form.Item name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: "请填写姓名" }]}>
            <Input />
          </Form.Item>
          <Form.Item name="role" label="角色" rules={[{ required: true, message: "请选择角色" }]}>
            <Select options={ROLES} />
          </Form.Item>
          {role === "liaison" ? (
            <Form.Item name="departmentId" label="所属部门（窗口联络员必填）" rules={[{ required: true, message: "请选择部门" }]}>
              <Select showSearch={{ optionFilterProp: "label" }} options={departments.map((d) => ({ value: d.id!, label: d.name }))} />
            </Form.Item>
          ) : null}
          <Form.Item
            name="password"
            label={editing === "new" ? "初始密码" : "重置密码（不改请留空）"}
            extra="至少 10 位，含大写字母、小写字母、数字、符号中的至少三类。用户首次登录时须修改。"
            rules={[
              { required: editing === "new", message: "请设置初始密码" },
              ({ getFieldValue }) => ({ validator: (_, v) => (!v || !passwordProblem(v, getFieldValue("username") ?? "") ? Promise.resolve() : Promise.reject(new Error(passwordProblem(v, getFieldValue("username") ?? "")!))) }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
        <Typography.Text type="secondary">角色说明：编辑负责汇编与发布；审核负责签发；窗口联络员代表一个部门报送；巡查员记录大厅巡查；考核员填写月度考核；读者只能查看已发布的周报。</Typography.Text>
      </Modal>
    </div>
  );
}
