import { Link } from "react-router-dom";
import { Alert, Button, Card, Tag, Typography } from "antd";
import { ItemList } from "../../components/ItemList";
import { listSubmissions, STATUS_COLORS } from "../../api/submissions";
import { useUser } from "../../auth/AuthProvider";
import { useRequest } from "../../hooks/useRequest";
import { ErrorBox } from "../../components/Feedback";

/** A liaison's week: their department's items for the current issue and what came back. */
export function MyDepartmentGlance({ issueRef }: { issueRef: string | null }) {
  const user = useUser();
  const { data, loading, error, reload } = useRequest(() => listSubmissions(issueRef ? { issue: issueRef } : {}), [issueRef]);
  const returned = (data ?? []).filter((s) => s.status === "returned");
  return (
    <Card title={`${user.department ?? "本部门"}的报送`} loading={loading} extra={<Link to="/submissions">去报送 →</Link>}>
      {error ? <ErrorBox error={error} retry={reload} /> : null}
      {returned.length ? <Alert type="warning" showIcon title={`有 ${returned.length} 条报送被退回，请按编辑意见修改后重新报送。`} style={{ marginBottom: 12 }} /> : null}
      <ItemList
        compact
        empty={issueRef ? "本期还没有报送" : "本期周报尚未创建，现在报送的稿件将在新建本期时自动转入"}
        items={data ?? []}
        rowKey={(s) => s.id}
        render={(s) => (
          <div style={{ display: "flex", justifyContent: "space-between", gap: 8 }}>
            <Typography.Text ellipsis style={{ minWidth: 0 }}>
              {s.content.kind === "news" ? s.content.text : `${s.content.title}${s.content.person}进大厅`}
            </Typography.Text>
            <Tag color={STATUS_COLORS[s.status]} style={{ flex: "none" }}>
              {s.statusLabel}
            </Tag>
          </div>
        )}
      />
      {issueRef ? (
        <Link to="/submissions">
          <Button type="primary" style={{ marginTop: 12 }}>
            新建报送
          </Button>
        </Link>
      ) : null}
    </Card>
  );
}
