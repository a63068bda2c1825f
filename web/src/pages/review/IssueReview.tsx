import { useState } from "react";
import { Alert, Card, Col, Row, Space, Switch, Typography } from "antd";
import { documentUrl, getIssue } from "../../api/issues";
import { addComment, getReview, type FigureDelta, type ReviewComment } from "../../api/reviews";
import { useUser } from "../../auth/AuthProvider";
import { can } from "../../auth/roles";
import { ErrorBox, Loading } from "../../components/Feedback";
import { PageFrame } from "../../components/PageFrame";
import { useRequest } from "../../hooks/useRequest";
import { numberingOf } from "../editor/treeOps";
import { ReviewToolbar } from "./ReviewToolbar";
import { ReviewComments } from "../../components/ReviewComments";
import { SectionReview } from "./SectionReview";

/** The page fills the window under the app header (56 px), the content padding (2 × 24 px) and the toolbar. */
const COLUMN_HEIGHT = "calc(100vh - 56px - 48px - 56px)";

const bySection = <T extends { sectionId: string | null }>(list: T[]) => {
  const m = new Map<string, T[]>();
  for (const x of list) if (x.sectionId) m.set(x.sectionId, [...(m.get(x.sectionId) ?? []), x]);
  return m;
};

/**
 * The approver's 审阅 of one issue: the page as printed (the renderer's HTML, as the
 * editor's preview shows it) beside every section with what changed since the previous
 * issue, its figures with their deltas and the comments on it; 签发 or 退回 from here.
 */
export function IssueReview({ issueRef }: { issueRef: string }) {
  const user = useUser();
  const issue = useRequest(() => getIssue(issueRef), [issueRef]);
  const review = useRequest(() => getReview(issueRef), [issueRef]);
  const [changedOnly, setChangedOnly] = useState(false);

  if ((issue.loading && !issue.data) || (review.loading && !review.data)) return <Loading tip="正在打开审阅……" />;
  const error = issue.error ?? review.error;
  if (error || !issue.data || !review.data) return <ErrorBox error={error} retry={() => Promise.all([issue.reload(), review.reload()])} />;
  const i = issue.data;
  const { comparison, comments } = review.data;
  const numbers = numberingOf(i.sections);
  const figures = bySection<FigureDelta>(comparison.figures);
  const notes = bySection<ReviewComment>(comments);
  const present = new Set(comparison.sections.map((s) => s.sectionId));
  const orphaned = comments.filter((c) => !present.has(c.sectionId));
  const mayComment = can(user.role, "approveIssue") && i.status !== "published";
  const count = (c: string) => comparison.sections.filter((s) => s.change === c).length;
  const moved = comparison.figures.filter((f) => f.delta).length;
  const shown = comparison.sections.filter((s) => !changedOnly || s.change !== "same" || notes.has(s.sectionId ?? ""));

  return (
    <div>
      <ReviewToolbar issue={i} role={user.role} onMoved={(next) => issue.setData(next)} />
      <Row gutter={16}>
        <Col xs={24} xl={10}>
          <Card size="small" title="印发样式" styles={{ body: { padding: 8, height: COLUMN_HEIGHT, minHeight: 420 } }}>
            <PageFrame title="审阅：周报页面" testId="review-frame" fit src={`${documentUrl(issueRef, "html")}?v=${encodeURIComponent(i.updatedAt)}`} />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <div style={{ height: COLUMN_HEIGHT, minHeight: 420, overflow: "auto", paddingRight: 4 }}>
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              data-testid="review-summary"
              title={
                comparison.previous
                  ? `与上一期（${comparison.previous.year}年第${comparison.previous.seq}期）相比：${count("changed")} 个栏目有改动，${count("new")} 个新增，${count("removed")} 个删去；${moved} 项数字有变化。`
                  : "没有上一期可比：以下为本期全文。"
              }
              description={
                <Space>
                  <Switch size="small" checked={changedOnly} onChange={setChangedOnly} aria-label="只看有改动或有意见的栏目" />
                  <Typography.Text>只看有改动或有意见的栏目</Typography.Text>
                </Space>
              }
            />
            {shown.map((s, n) => (
              <SectionReview
                key={s.sectionId ?? `removed-${n}`}
                section={s}
                number={s.sectionId ? (numbers.get(s.sectionId) ?? "") : ""}
                figures={s.sectionId ? (figures.get(s.sectionId) ?? []) : []}
                comments={s.sectionId ? (notes.get(s.sectionId) ?? []) : []}
                onComment={mayComment && s.sectionId ? async (text) => review.setData({ comparison, comments: [...comments, await addComment(issueRef, s.sectionId!, text)] }) : undefined}
              />
            ))}
            {orphaned.length ? (
              <Card size="small" title="已删除栏目上的意见">
                <ReviewComments comments={orphaned} heading="已删除栏目" />
              </Card>
            ) : null}
          </div>
        </Col>
      </Row>
    </div>
  );
}
