import { Alert, Button, Card, Input, Popconfirm, Space, Tag, Typography } from "antd";
import { CheckOutlined, DeleteOutlined } from "@ant-design/icons";
import type { VerbatimParagraph } from "@domain/model/section";
import { patchVerbatim, removeVerbatim } from "./verbatim";

type Props = { paragraphs: VerbatimParagraph[]; disabled: boolean; onChange(v: VerbatimParagraph[]): void };

/**
 * The paragraphs an import kept verbatim in this section. They print as they stand; one
 * not yet read against the source carries the mark “原文未能识别，请核对” (and the check
 * content.unreviewed blocks 签发) until the editor confirms it, corrects it or removes it.
 */
export function VerbatimParagraphs({ paragraphs, disabled, onChange }: Props) {
  if (!paragraphs.length) return null;
  const open = paragraphs.filter((p) => !p.reviewed).length;
  return (
    <Card size="small" type="inner" title="导入时保留的原文段落" style={{ marginTop: 16 }} data-testid="verbatim-paragraphs">
      {open > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={`有 ${open} 段原文未能识别，已按原样保留并印出。请对照原文核对：无误点“确认无误”，有误直接修改或删除。`}
        />
      )}
      <Space direction="vertical" style={{ width: "100%" }}>
        {paragraphs.map((p) => (
          <div key={p.id}>
            <Space size={4} style={{ marginBottom: 4 }}>
              {p.reviewed ? <Tag color="green">已核对</Tag> : <Tag color="warning">原文未能识别，请核对</Tag>}
              {p.line && <Typography.Text type="secondary">原文第 {p.line} 行</Typography.Text>}
            </Space>
            <Input.TextArea
              aria-label="保留的原文段落"
              autoSize={{ minRows: 2, maxRows: 10 }}
              value={p.text}
              disabled={disabled}
              status={p.reviewed ? undefined : "warning"}
              onChange={(e) => onChange(patchVerbatim(paragraphs, p.id, { text: e.target.value }))}
            />
            <Space size={4} style={{ marginTop: 4 }}>
              {!p.reviewed && (
                <Button size="small" icon={<CheckOutlined />} disabled={disabled || !p.text.trim()} onClick={() => onChange(patchVerbatim(paragraphs, p.id, { reviewed: true }))}>
                  确认无误
                </Button>
              )}
              <Popconfirm title="删除这段原文？删除后不再印出。" okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => onChange(removeVerbatim(paragraphs, p.id))}>
                <Button size="small" danger icon={<DeleteOutlined />} disabled={disabled}>
                  删除
                </Button>
              </Popconfirm>
            </Space>
          </div>
        ))}
      </Space>
    </Card>
  );
}
