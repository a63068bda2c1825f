import { useState } from "react";
import { Link, useParams } from "react-router-dom";
import { Breadcrumb, Card, Col, Descriptions, Row, Select, Space, Typography } from "antd";
import { chineseDate, chinesePeriod, issueNumberLine } from "@domain/present/dates";
import { documentUrl, getIssue, listRevisions } from "../../api/issues";
import { DownloadButtons } from "../../components/DownloadButtons";
import { PageLayoutNote } from "../../components/PageLayoutNote";
import { StandInNote } from "../../components/StandInNote";
import { ErrorBox, Loading } from "../../components/Feedback";
import { StatusTag } from "../../components/StatusTag";
import { PageFrame } from "../../components/PageFrame";
import { useRequest } from "../../hooks/useRequest";

/** The reading view of one issue: the page as issued, its revisions and downloads. */
export default function ArchiveReader() {
  const { ref = "" } = useParams();
  const issue = useRequest(() => getIssue(ref), [ref]);
  const published = issue.data?.status === "published";
  const revisions = useRequest(() => listRevisions(ref), [ref, published], published);
  const [revision, setRevision] = useState<number | undefined>();

  if (issue.loading) return <Loading tip="正在打开周报……" />;
  if (issue.error || !issue.data) return <ErrorBox error={issue.error} retry={issue.reload} />;
  const i = issue.data;
  // Issues imported as published have no kept revision (0): their pages are rendered on request.
  const current = revision ?? (published && i.revision > 0 ? i.revision : undefined);
  const chosen = revisions.data?.find((r) => r.revision === current);
  return (
    <Space orientation="vertical" size={12} style={{ width: "100%" }}>
      <Breadcrumb items={[{ title: <Link to="/archive">往期归档</Link> }, { title: issueNumberLine(i) }]} />
      <Row gutter={16}>
        <Col xs={24} lg={7} xxl={5}>
          <Card size="small" title={issueNumberLine(i)}>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: "p", label: "统计周期", children: chinesePeriod(i.period) },
                { key: "d", label: "印发日期", children: i.publishedOn ? chineseDate(i.publishedOn) : "未定" },
                { key: "s", label: "状态", children: <StatusTag status={i.status} /> },
                { key: "c", label: "印数", children: i.copies ? `${i.copies} 份` : "未填写" },
              ]}
            />
            {published && (revisions.data?.length ?? 0) > 1 ? (
              <div style={{ marginTop: 12 }}>
                <Typography.Text type="secondary">版次：</Typography.Text>
                <Select
                  aria-label="版次"
                  style={{ width: "100%" }}
                  value={current}
                  onChange={setRevision}
                  options={revisions.data!.map((r) => ({ value: r.revision, label: `第 ${r.revision} 版${r.revision === 1 ? "（发布）" : "（更正）"}` }))}
                />
                {chosen?.reason ? <Typography.Paragraph style={{ marginTop: 8 }}>更正理由：{chosen.reason}</Typography.Paragraph> : null}
              </div>
            ) : null}
            <div style={{ marginTop: 12 }}>
              <DownloadButtons issue={i} revision={current} wrap />
              <div style={{ marginTop: 8 }}>
                <PageLayoutNote layout={i.pageLayout} />
                <StandInNote standIns={i.pdfStandIns} />
              </div>
            </div>
          </Card>
        </Col>
        <Col xs={24} lg={17} xxl={19}>
          <div style={{ height: "calc(100vh - 56px - 48px - 40px)" }}>
            <PageFrame title="周报全文" testId="reader-frame" src={documentUrl(ref, "html", current)} fit />
          </div>
        </Col>
      </Row>
    </Space>
  );
}
