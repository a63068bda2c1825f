import { useEffect } from "react";
import { Table, Tag, Tooltip, Typography } from "antd";
import { ledgerImports, type LedgerImportLogView } from "../../api/ledger";
import { useRequest } from "../../hooks/useRequest";

const STATUS = {
  done: <Tag color="success">完成</Tag>,
  failed: <Tag color="error">失败</Tag>,
  running: <Tag color="processing">进行中</Tag>,
  interrupted: (
    <Tooltip title="导入进程已中断，只存入了部分数据；重新导入同一文件即可补全，不会重复计数">
      <Tag color="warning">中断</Tag>
    </Tooltip>
  ),
} as const;

const n = (x: number) => x.toLocaleString("zh-CN");
const when = (iso: string) => iso.slice(0, 16).replace("T", " ");

/** The center's latest ledger imports (web uploads and `zhoubao import` alike); refreshed when `version` changes and while one runs. */
export function LedgerImportLog({ version }: { version: number }) {
  const { data, reload } = useRequest(() => ledgerImports(8), [version]);
  const running = data?.some((r) => r.status === "running");
  useEffect(() => {
    if (!running) return;
    const t = setInterval(() => void reload(), 5_000);
    return () => clearInterval(t);
  }, [running, reload]);
  if (!data?.length) return null;
  return (
    <div aria-label="最近导入">
      <Typography.Text type="secondary">最近导入</Typography.Text>
      <Table<LedgerImportLogView>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={data}
        columns={[
          { title: "开始时间", dataIndex: "startedAt", render: when, width: 130 },
          { title: "类型", dataIndex: "ledger", render: (l) => (l === "cases" ? "办件" : "综窗台账"), width: 80 },
          { title: "文件", dataIndex: "fileName", ellipsis: true },
          { title: "状态", dataIndex: "status", render: (s: LedgerImportLogView["status"]) => STATUS[s], width: 80 },
          { title: "读取", dataIndex: "rowsRead", render: n, align: "right" },
          { title: "新增", dataIndex: "inserted", render: n, align: "right" },
          { title: "更新", dataIndex: "updated", render: n, align: "right" },
          { title: "拒收", dataIndex: "rejected", render: n, align: "right" },
        ]}
      />
    </div>
  );
}
