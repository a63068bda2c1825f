import { useId, type ReactNode } from "react";
import { Button, Empty, Popconfirm, Space, Typography } from "antd";
import { DeleteOutlined } from "@ant-design/icons";

/** One field of a record: its label, linked to the input `render` draws with the given id. */
export type GridField<T> = { label: string; wide?: boolean; render(record: T, id: string): ReactNode };

type Props<T> = {
  records: T[];
  keyOf(r: T, i: number): string;
  fields: GridField<T>[];
  /** What a record is called in its header line and its delete confirmation (“第 1 位”). */
  noun: { count: string; remove: string };
  empty: string;
  onRemove(i: number): void;
  /** Tags beside the record's number, e.g. where it came from. */
  badge?(r: T): ReactNode;
  disabled?: boolean;
};

/**
 * Records as blocks whose fields wrap onto as many lines as the width needs, instead of a
 * table row wider than the form (which hid columns behind sideways scrolling at 1280 px).
 */
export function RecordGrid<T>({ records, keyOf, fields, noun, empty, onRemove, badge, disabled }: Props<T>) {
  const base = useId();
  if (!records.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <Space orientation="vertical" size={8} style={{ width: "100%" }}>
      {records.map((r, i) => (
        <div key={keyOf(r, i)} data-testid="record" style={{ border: "1px solid #f0f0f0", borderRadius: 6, padding: "8px 12px" }}>
          <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", marginBottom: 4 }}>
            <Space size={6}>
              <Typography.Text type="secondary">
                第 {i + 1} {noun.count}
              </Typography.Text>
              {badge?.(r)}
            </Space>
            {disabled ? null : (
              <Popconfirm title={`删除这${noun.count}${noun.remove}？`} okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => onRemove(i)}>
                <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={`删除第 ${i + 1} ${noun.count}`} />
              </Popconfirm>
            )}
          </div>
          <div style={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(160px, 1fr))", gap: "6px 12px" }}>
            {fields.map((f, j) => {
              const id = `${base}-${i}-${j}`;
              return (
                <div key={j} style={f.wide ? { gridColumn: "1 / -1", minWidth: 0 } : { minWidth: 0 }}>
                  <label htmlFor={id} style={{ display: "block", fontSize: 12, color: "rgba(0,0,0,0.65)", marginBottom: 2 }}>
                    {f.label}
                  </label>
                  {f.render(r, id)}
                </div>
              );
            })}
          </div>
        </div>
      ))}
    </Space>
  );
}
