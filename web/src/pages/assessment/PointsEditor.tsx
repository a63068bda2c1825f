import { Button, Input, InputNumber, Popconfirm, Space } from "antd";
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import type { AssessmentPoint } from "../../api/types";

/** The items of 减分 or 加分 of one department: points (a magnitude) and the reason. */
export function PointsEditor({ kind, items, onChange, disabled }: { kind: "减分" | "加分"; items: AssessmentPoint[]; onChange(items: AssessmentPoint[]): void; disabled?: boolean }) {
  const set = (i: number, patch: Partial<AssessmentPoint>) => onChange(items.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  // Read-only (approved, or a role that only reads): the items as text, no empty controls.
  if (disabled)
    return items.length ? (
      <div>
        {items.map((x, i) => (
          <div key={i}>
            {kind === "减分" ? "−" : "+"}
            {x.points}　{x.reason}
          </div>
        ))}
      </div>
    ) : (
      <span style={{ color: "#bbb" }}>无</span>
    );
  return (
    <div>
      {items.map((x, i) => (
        <Space.Compact key={i} style={{ width: "100%", marginBottom: 4 }}>
          <InputNumber aria-label={`${kind}分值`} min={0.01} max={100} step={0.5} precision={2} value={x.points} disabled={disabled} style={{ width: 110 }} onChange={(v) => set(i, { points: Number(v ?? 0) })} prefix={kind === "减分" ? "−" : "+"} />
          <Input aria-label={`${kind}理由`} placeholder={`${kind}理由`} value={x.reason} disabled={disabled} status={x.reason.trim().length >= 2 ? undefined : "warning"} onChange={(e) => set(i, { reason: e.target.value })} />
          <Popconfirm title={`删除这条${kind}？`} okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => onChange(items.filter((_, j) => j !== i))} disabled={disabled}>
            <Button icon={<DeleteOutlined />} danger disabled={disabled} aria-label={`删除${kind}`} />
          </Popconfirm>
        </Space.Compact>
      ))}
      <Button size="small" type="dashed" icon={<PlusOutlined />} disabled={disabled} onClick={() => onChange([...items, { points: kind === "减分" ? 0.5 : 1, reason: "" }])}>
        添加{kind}
      </Button>
    </div>
  );
}
