import { useState } from "react";
import { Navigate, useNavigate } from "react-router-dom";
import { Alert, App, Button, Card, Descriptions, Radio, Result, Space } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import { chinesePeriod, issueNumberLine } from "@domain/present/dates";
import { createIssue, listIssues, ref } from "../../api/issues";
import { useUser } from "../../auth/AuthProvider";
import { can } from "../../auth/roles";
import { ErrorBox, Loading, messageOf } from "../../components/Feedback";
import { StatusTag } from "../../components/StatusTag";
import { useRequest } from "../../hooks/useRequest";

/** Opens the issue being worked on; when every issue is published, offers to start the next one. */
export function CurrentIssue() {
  const user = useUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { data, loading, error, reload } = useRequest(() => listIssues({ limit: 10 }), []);
  const [template, setTemplate] = useState<string>("previous");
  const [busy, setBusy] = useState(false);

  if (loading) return <Loading tip="正在查找本期周报……" />;
  if (error) return <ErrorBox error={error} retry={reload} />;
  const open = data?.find((i) => i.status !== "published");
  if (open) return <Navigate to={`/editor/${ref(open)}`} replace />;
  const last = data?.[0];

  const start = async () => {
    setBusy(true);
    try {
      const { issue, warnings } = await createIssue(template === "previous" ? {} : { template });
      message.success(`已新建${issueNumberLine(issue)}。`);
      warnings.forEach((w) => message.warning(w));
      navigate(`/editor/${ref(issue)}`);
    } catch (e) {
      message.error(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card style={{ maxWidth: 720, margin: "0 auto" }}>
      <Result
        status="info"
        title="本期周报尚未创建"
        subTitle={last ? "上一期已经发布。新建下一期时，期号和统计周期会自动接续上一期。" : "还没有任何周报。新建第一期时请核对期号和统计周期。"}
      />
      {last ? (
        <Descriptions
          size="small"
          column={1}
          bordered
          style={{ marginBottom: 16 }}
          title="上一期"
          items={[
            { key: "n", label: "期号", children: issueNumberLine(last) },
            { key: "p", label: "统计周期", children: chinesePeriod(last.period) },
            { key: "s", label: "状态", children: <StatusTag status={last.status} /> },
          ]}
        />
      ) : null}
      {can(user.role, "editIssue") ? (
        <Space orientation="vertical" style={{ width: "100%" }}>
          <span>栏目结构：</span>
          <Radio.Group
            value={template}
            onChange={(e) => setTemplate(e.target.value)}
            options={[
              { value: "previous", label: last ? "沿用上一期的栏目" : "使用中心默认模板" },
              { value: "2023", label: "2023 版模板" },
              { value: "2022", label: "2022 版模板" },
            ]}
          />
          <Button type="primary" size="large" icon={<PlusOutlined />} loading={busy} onClick={start} data-testid="create-issue">
            新建本期周报
          </Button>
        </Space>
      ) : (
        <Alert type="info" showIcon title="请等待编辑新建本期周报。" />
      )}
    </Card>
  );
}
