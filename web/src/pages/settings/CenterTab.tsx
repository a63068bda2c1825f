import { useEffect, useState } from "react";
import { App, Button, Card, Form, Input, InputNumber, Radio } from "antd";
import { getSettings, saveSettings, type Settings } from "../../api/admin";
import { ErrorBox, Loading, messageOf } from "../../components/Feedback";
import { useRequest } from "../../hooks/useRequest";
import { useUnsavedChanges } from "../../hooks/useUnsavedChanges";

type Values = { name: string; copies: number | null; report: string; send: string; issue: string; template: "2022" | "2023" };
const toValues = (s: Settings): Values => ({ name: s.name, copies: s.defaults.copies, report: s.defaults.report ?? "", send: s.defaults.send ?? "", issue: s.defaults.issue ?? "", template: s.defaults.template });

/** The center's name (编印单位) and what a new issue starts with: 报/送/发 lists, 印数, template. */
export default function CenterTab() {
  const { message } = App.useApp();
  const { data, loading, error, reload, setData } = useRequest(() => getSettings(), []);
  const [form] = Form.useForm<Values>();
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  useUnsavedChanges(dirty);
  useEffect(() => {
    if (data) form.setFieldsValue(toValues(data));
  }, [data, form]);
  if (loading) return <Loading />;
  if (error || !data) return <ErrorBox error={error} retry={reload} />;
  const orNull = (s: string) => (s.trim() ? s.trim().replace(/。$/, "") : null);
  const save = async (v: Values) => {
    setBusy(true);
    try {
      const s = await saveSettings({ name: v.name.trim(), defaults: { copies: v.copies ?? null, report: orNull(v.report), send: orNull(v.send), issue: orNull(v.issue), template: v.template } });
      setData(s);
      setDirty(false);
      message.success("已保存。新建的周报将使用这些默认值。");
    } catch (e) {
      message.error(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card style={{ maxWidth: 880 }}>
      <Form form={form} layout="vertical" onFinish={save} onValuesChange={() => setDirty(true)}>
        <Form.Item name="name" label="中心名称（编印单位，印在刊头）" rules={[{ required: true, whitespace: true, message: "请填写中心名称" }, { min: 2, message: "至少 2 个字" }]}>
          <Input />
        </Form.Item>
        <Form.Item name="report" label="报（上级单位，多个用顿号分隔）">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        <Form.Item name="send" label="送（平级单位）">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        <Form.Item name="issue" label="发（下级单位）">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        <Form.Item name="copies" label="默认印数（共印N份）">
          <InputNumber min={1} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="template" label="没有上一期时使用的栏目模板">
          <Radio.Group options={[{ value: "2023", label: "2023 版" }, { value: "2022", label: "2022 版" }]} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} disabled={!dirty}>
          保存
        </Button>
      </Form>
    </Card>
  );
}
