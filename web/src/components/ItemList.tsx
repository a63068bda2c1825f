import { useState, type CSSProperties, type Key, type ReactNode } from "react";
import { Empty, Pagination } from "antd";

type Props<T> = {
  items: T[];
  render(item: T, index: number): ReactNode;
  rowKey?(item: T, index: number): Key;
  empty?: ReactNode;
  header?: ReactNode;
  /** Pages of this many items, with the total shown; all at once without it. */
  pageSize?: number;
  total?(n: number): string;
  compact?: boolean;
};

/**
 * A plain list of rows separated by thin rules (what antd's deprecated List did for us):
 * optional header, empty state and paging.
 */
export function ItemList<T>({ items, render, rowKey, empty = "暂无数据", header, pageSize, total, compact }: Props<T>) {
  const [page, setPage] = useState(1);
  const shown = pageSize ? items.slice((page - 1) * pageSize, page * pageSize) : items;
  const row: CSSProperties = { padding: compact ? "6px 0" : "10px 0", borderBottom: "1px solid #f0f0f0" };
  return (
    <div>
      {header ? <div style={{ ...row, paddingTop: 0 }}>{header}</div> : null}
      {items.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> : null}
      {shown.map((it, i) => (
        <div key={rowKey ? rowKey(it, i) : i} style={row}>
          {render(it, (page - 1) * (pageSize ?? 0) + i)}
        </div>
      ))}
      {pageSize && items.length > pageSize ? (
        <Pagination style={{ marginTop: 12, textAlign: "right" }} size="small" current={page} pageSize={pageSize} total={items.length} onChange={setPage} showSizeChanger={false} showTotal={total} />
      ) : null}
    </div>
  );
}

/** A row with a title, a description under it and actions at the right. */
export function ItemRow({ title, description, actions }: { title: ReactNode; description?: ReactNode; actions?: ReactNode }) {
  return (
    <div style={{ display: "flex", alignItems: "center", gap: 12 }}>
      <div style={{ flex: 1, minWidth: 0 }}>
        <div style={{ fontWeight: 500 }}>{title}</div>
        {description ? <div style={{ color: "rgba(0,0,0,.55)", marginTop: 2 }}>{description}</div> : null}
      </div>
      {actions ? <div style={{ flex: "none" }}>{actions}</div> : null}
    </div>
  );
}
