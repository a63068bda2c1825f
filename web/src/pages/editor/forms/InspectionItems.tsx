import { Button, Input, Table } from "antd";
import type { InspectionItem } from "@domain/model/section";
import { DEFAULT_INSPECTION_VERDICT, INSPECTION_ITEMS } from "@domain/present/sentences";
import { headingNumber } from "@domain/present/numerals";
import { orNull } from "./common";

/** The six standard items, each 总体情况良好。 until the inspector writes otherwise. */
export function defaultInspectionItems(): InspectionItem[] {
  return INSPECTION_ITEMS.map((item) => ({ item, verdict: DEFAULT_INSPECTION_VERDICT, note: null }));
}

/**
 * The items of a hall inspection: the verdict as printed and an internal note. Used by
 * the editor's inspection section and by the 大厅巡查 screen.
 */
export function InspectionItems({ items, onChange, disabled }: { items: InspectionItem[]; onChange(items: InspectionItem[]): void; disabled?: boolean }) {
  const set = (i: number, patch: Partial<InspectionItem>) => onChange(items.map((it, j) => (j === i ? { ...it, ...patch } : it)));
  return (
    <Table<InspectionItem & { i: number }>
      size="small"
      pagination={false}
      rowKey="i"
      scroll={{ x: 720 }}
      dataSource={items.map((it, i) => ({ ...it, i }))}
      columns={[
        { title: "巡查项目", width: 210, render: (_, r) => <span style={{ whiteSpace: "nowrap" }}>{`${headingNumber(2, r.i + 1)}${r.item}`}</span> },
        {
          title: "情况（印入周报）",
          render: (_, r) => (
            <Input.TextArea
              aria-label={`${r.item}情况`}
              data-testid="inspection-verdict"
              disabled={disabled}
              autoSize={{ minRows: 1, maxRows: 4 }}
              value={r.verdict}
              status={r.verdict.trim() ? undefined : "error"}
              onChange={(e) => set(r.i, { verdict: e.target.value })}
            />
          ),
        },
        {
          title: "备注（不印出）",
          width: 220,
          render: (_, r) => (
            <Input.TextArea aria-label={`${r.item}备注`} disabled={disabled} autoSize={{ minRows: 1, maxRows: 4 }} value={r.note ?? ""} onChange={(e) => set(r.i, { note: orNull(e.target.value) })} />
          ),
        },
        {
          title: "",
          width: 96,
          render: (_, r) =>
            r.verdict !== DEFAULT_INSPECTION_VERDICT ? (
              <Button size="small" type="link" disabled={disabled} onClick={() => set(r.i, { verdict: DEFAULT_INSPECTION_VERDICT })}>
                恢复默认
              </Button>
            ) : null,
        },
      ]}
    />
  );
}
