import { useMemo } from "react";
import { Field } from "../../../components/Field";
import { randomId } from "../../../lib/randomId";
import { Button, Card, Empty, Form, Input, Popconfirm, Radio, Space, Tag, Tooltip } from "antd";
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined, ScanOutlined } from "@ant-design/icons";
import type { ContentOf, NewsItem } from "@domain/model/section";
import { itemNumber } from "@domain/present/numerals";
import { DepartmentRegistry } from "@domain/departments/registry";
import { DepartmentSelect } from "../../../components/DepartmentSelect";
import { useDepartments } from "../../../hooks/useDepartments";
import { orNull } from "./common";

type C = ContentOf<"news">;

/** 工作动态: numbered news items, each attributed to the departments it is about. */
export function NewsForm({ content, onChange, disabled }: { content: C; onChange(c: C): void; disabled?: boolean }) {
  const { departments } = useDepartments();
  const registry = useMemo(() => new DepartmentRegistry(departments), [departments]);
  const setItem = (i: number, patch: Partial<NewsItem>) => onChange({ ...content, items: content.items.map((it, j) => (j === i ? { ...it, ...patch } : it)) });
  const move = (i: number, by: -1 | 1) => {
    const items = [...content.items];
    const [it] = items.splice(i, 1);
    items.splice(i + by, 0, it);
    onChange({ ...content, items });
  };
  const add = () => onChange({ ...content, items: [...content.items, { id: randomId(), text: "", departments: [], submissionId: null }] });

  return (
    <Form layout="vertical" disabled={disabled}>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>条目编号：</span>
        <Radio.Group
          value={content.numbering}
          onChange={(e) => onChange({ ...content, numbering: e.target.value })}
          options={[
            { value: "paren", label: "（1）（2）" },
            { value: "dot", label: "1. 2." },
            { value: "none", label: "不编号" },
          ]}
        />
      </Space>
      <Field label="导语（可不填）">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} value={content.intro ?? ""} onChange={(e) => onChange({ ...content, intro: orNull(e.target.value) })} />
      </Field>
      {content.items.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本栏目还没有动态。可点击“添加动态”，或在“报送”中采用部门报送的动态。" /> : null}
      {content.items.map((it, i) => (
        <Card
          key={it.id}
          size="small"
          style={{ marginBottom: 8 }}
          data-testid="news-item"
          title={
            <Space>
              <span>{itemNumber(content.numbering, i + 1) || `第${i + 1}条`}</span>
              {it.submissionId ? <Tag color="blue">来自部门报送</Tag> : null}
            </Space>
          }
          extra={
            <Space size={0}>
              <Tooltip title="上移">
                <Button type="text" size="small" icon={<ArrowUpOutlined />} disabled={disabled || i === 0} onClick={() => move(i, -1)} aria-label="上移" />
              </Tooltip>
              <Tooltip title="下移">
                <Button type="text" size="small" icon={<ArrowDownOutlined />} disabled={disabled || i === content.items.length - 1} onClick={() => move(i, 1)} aria-label="下移" />
              </Tooltip>
              <Popconfirm title="删除这条动态？" description="删除后可在保存前通过“撤销修改”恢复。" okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => onChange({ ...content, items: content.items.filter((_, j) => j !== i) })}>
                <Button type="text" size="small" danger icon={<DeleteOutlined />} disabled={disabled} aria-label="删除动态" />
              </Popconfirm>
            </Space>
          }
        >
          <Input.TextArea
            aria-label="动态内容"
            autoSize={{ minRows: 3, maxRows: 12 }}
            value={it.text}
            status={it.text.trim() ? undefined : "warning"}
            placeholder="动态内容，如：某厅窗口本周……"
            onChange={(e) => setItem(i, { text: e.target.value })}
          />
          <div style={{ display: "flex", gap: 8, marginTop: 8 }}>
            <DepartmentSelect multiple ariaLabel="相关部门" value={it.departments} onChange={(v) => setItem(i, { departments: v })} placeholder="相关部门（用于按部门统计和检索）" disabled={disabled} />
            <Tooltip title="从动态文字中识别提到的部门">
              <Button icon={<ScanOutlined />} disabled={disabled || !it.text.trim()} onClick={() => setItem(i, { departments: [...new Set([...it.departments, ...registry.mentions(it.text)])] })}>
                识别
              </Button>
            </Tooltip>
          </div>
        </Card>
      ))}
      <Button icon={<PlusOutlined />} onClick={add} disabled={disabled}>
        添加动态
      </Button>
    </Form>
  );
}
