import { Button, Form, Input, Popconfirm } from "antd";
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import type { ContentOf } from "@domain/model/section";

type C = ContentOf<"text">;

/** 文字: free paragraphs, printed as typed. */
export function TextForm({ content, onChange, disabled }: { content: C; onChange(c: C): void; disabled?: boolean }) {
  const set = (i: number, v: string) => onChange({ ...content, paragraphs: content.paragraphs.map((p, j) => (j === i ? v : p)) });
  return (
    <Form layout="vertical" disabled={disabled}>
      {content.paragraphs.map((p, i) => (
        <div key={i} style={{ display: "flex", gap: 8, marginBottom: 8 }}>
          <Input.TextArea aria-label={`第${i + 1}段`} autoSize={{ minRows: 2, maxRows: 10 }} value={p} onChange={(e) => set(i, e.target.value)} />
          <Popconfirm title="删除这一段？" okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => onChange({ ...content, paragraphs: content.paragraphs.filter((_, j) => j !== i) })}>
            <Button type="text" danger icon={<DeleteOutlined />} aria-label="删除段落" />
          </Popconfirm>
        </div>
      ))}
      <Button icon={<PlusOutlined />} onClick={() => onChange({ ...content, paragraphs: [...content.paragraphs, ""] })}>
        添加段落
      </Button>
    </Form>
  );
}
