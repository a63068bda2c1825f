import { useState } from "react";
import { Button, DatePicker, Input, Select, Space, Table, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { readAudit, type AuditEntry, type AuditFilter } from "../../api/admin";
import { ErrorBox, messageOf } from "../../components/Feedback";
import { useRequest } from "../../hooks/useRequest";

const ENTITIES: Record<string, string> = { issue: "周报", submission: "报送", inspection: "大厅巡查", assessment: "窗口考核", user: "用户", department: "部门", calendar: "节假日", center: "中心设置", template: "栏目模板", ledger: "办件数据", token: "接口令牌", distribution: "分发" };
const ACTIONS: Record<string, string> = {
  create: "新建", update: "修改", delete: "删除", submit: "提交", approve: "签发/审定", publish: "发布", reopen: "退回草稿", accept: "采用", return: "退回",
  attach: "放入周报", overrides: "忽略警告", correct: "更正", login: "登录", logout: "退出", "login-failed": "登录失败", "change-password": "修改密码",
  "reset-password": "重置密码", enable: "启用", disable: "停用", "accept-submission": "采用报送", "attach-inspection": "采用巡查", "attach-assessment": "附加考核", import: "导入",
};

/** "2026年第45期" for an entry about an issue (its records carry year and seq), else null. */
function issueLabelOf(e: AuditEntry): string | null {
  if (e.entity !== "issue") return null;
  const rec = (e.after ?? e.before) as { year?: number; seq?: number; document?: { year?: number; seq?: number } } | null;
  const doc = rec?.year ? rec : rec?.document;
  return doc?.year && doc.seq ? `${doc.year}年第${doc.seq}期` : null;
}

/** 操作日志: who changed what when, with the record before and after. */
export default function AuditTab() {
  const [filter, setFilter] = useState<AuditFilter>({ limit: 50 });
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [actor, setActor] = useState("");
  const [more, setMore] = useState<AuditEntry[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [moreError, setMoreError] = useState<string | null>(null);
  const { data, loading, error, reload } = useRequest(async () => {
    const a = await readAudit(filter);
    setMore([]);
    setNext(a.next);
    return a.entries;
  }, [filter]);

  const loadMore = async () => {
    if (next === null) return;
    try {
      const a = await readAudit({ ...filter, before: next });
      setMore((m) => [...m, ...a.entries]);
      setNext(a.next);
    } catch (e) {
      setMoreError(messageOf(e));
    }
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: "100%" }}>
      <Space wrap>
        <Select aria-label="对象" allowClear placeholder="全部对象" style={{ width: 140 }} options={Object.entries(ENTITIES).map(([value, label]) => ({ value, label }))} onChange={(entity) => setFilter({ ...filter, entity })} />
        <Input aria-label="用户名" placeholder="用户名" value={actor} onChange={(e) => setActor(e.target.value)} style={{ width: 160 }} allowClear />
        <DatePicker.RangePicker value={range} onChange={(r) => setRange(r)} placeholder={["开始日期", "结束日期"]} />
        <Button type="primary" onClick={() => setFilter({ ...filter, actor: actor.trim() || undefined, from: range?.[0]?.format("YYYY-MM-DD"), to: range?.[1]?.format("YYYY-MM-DD") })}>
          查询
        </Button>
      </Space>
      {error ? <ErrorBox error={error} retry={reload} /> : null}
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={[...(data ?? []), ...more]}
        pagination={false}
        scroll={{ x: 900 }}
        expandable={{
          expandedRowRender: (e) => (
            <div style={{ display: "flex", gap: 12 }}>
              {(["before", "after"] as const).map((k) => (
                <div key={k} style={{ flex: 1, minWidth: 0 }}>
                  <Typography.Text strong>{k === "before" ? "修改前" : "修改后"}</Typography.Text>
                  <pre style={{ maxHeight: 320, overflow: "auto", background: "#fafafa", padding: 8, fontSize: 12, whiteSpace: "pre-wrap", wordBreak: "break-all" }}>{e[k] === null ? "（无）" : JSON.stringify(e[k], null, 2)}</pre>
                </div>
              ))}
            </div>
          ),
        }}
        columns={[
          { title: "时间", dataIndex: "at", width: 180, render: (v: string) => new Date(v).toLocaleString("zh-CN") },
          // 姓名 first; the user name (which the filter takes) on hover.
          { title: "用户", width: 140, render: (_, e) => (e.actor.startsWith("system:") ? <span title={e.actor}>命令行操作</span> : <span title={`用户名：${e.actor}`}>{e.actorName ?? e.actor}</span>) },
          { title: "对象", dataIndex: "entity", width: 100, render: (v: string) => ENTITIES[v] ?? <span title={v}>其他</span> },
          { title: "编号", width: 130, render: (_, e) => issueLabelOf(e) ?? e.entityId },
          { title: "操作", width: 120, render: (_, e) => (e.action === "approve" ? (e.entity === "issue" ? "签发" : "审定") : (ACTIONS[e.action] ?? <span title={e.action}>其他操作</span>)) },
          { title: "来源地址", dataIndex: "address", render: (v: string | null) => v ?? "—" },
        ]}
        locale={{ emptyText: "没有符合条件的记录" }}
      />
      {moreError ? <Typography.Text type="danger">{moreError}</Typography.Text> : null}
      {next !== null ? <Button onClick={loadMore}>加载更早的记录</Button> : null}
    </Space>
  );
}
