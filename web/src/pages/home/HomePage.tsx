import { Link } from "react-router-dom";
import { Button, Card, Col, Result, Row, Space, Typography } from "antd";
import { useAuth, useUser } from "../../auth/AuthProvider";
import { can } from "../../auth/roles";
import { getIssue, listIssues, ref } from "../../api/issues";
import { ErrorBox, Loading } from "../../components/Feedback";
import { useRequest } from "../../hooks/useRequest";
import { IssueGlance } from "./IssueGlance";
import { DepartmentsGlance } from "./DepartmentsGlance";
import { RecentIssues } from "./RecentIssues";
import { MyDepartmentGlance } from "./MyDepartmentGlance";

/** 首页: this week at a glance for every role — the current issue, who has submitted, what is left. */
export default function HomePage() {
  const user = useUser();
  const { center } = useAuth();
  const list = useRequest(() => listIssues({ limit: 12 }), []);
  const current = list.data?.find((i) => i.status !== "published") ?? null;
  const view = useRequest(() => getIssue(ref(current!)), [current?.id, current?.updatedAt], !!current);

  if (list.loading) return <Loading />;
  if (list.error) return <ErrorBox error={list.error} retry={list.reload} />;
  return (
    <div>
      <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
        {center?.name}　·　您好，{user.displayName}
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          {current ? (
            view.error ? <ErrorBox error={view.error} retry={view.reload} /> : view.data ? <IssueGlance issue={view.data} role={user.role} /> : <Card loading />
          ) : (
            <Card title="本期周报">
              <Result
                status="info"
                title="本期周报尚未创建"
                subTitle={list.data?.[0] ? `上一期（${list.data[0].year}年第${list.data[0].seq}期）已发布。` : "还没有任何周报。"}
                extra={
                  can(user.role, "editIssue") ? (
                    <Link to="/editor">
                      <Button type="primary">新建本期周报</Button>
                    </Link>
                  ) : (
                    <Typography.Text type="secondary">编辑新建本期后，这里会显示各部门报送和校核情况。</Typography.Text>
                  )
                }
              />
            </Card>
          )}
        </Col>
        <Col xs={24} xl={10}>
          <Space orientation="vertical" size={16} style={{ width: "100%" }}>
            {current && (can(user.role, "reviewSubmissions") || user.role === "approver") ? <DepartmentsGlance issueRef={ref(current)} /> : null}
            {user.role === "liaison" ? <MyDepartmentGlance issueRef={current?.status === "draft" ? ref(current) : null} /> : null}
            <RecentIssues issues={(list.data ?? []).filter((i) => i.status === "published").slice(0, 6)} />
          </Space>
        </Col>
      </Row>
    </div>
  );
}
