import { Card, List, Space, Tag, Typography } from "antd";
import { figureText } from "@domain/review/figures";
import type { FigureDelta, ReviewComment, SectionChange } from "../../api/reviews";
import { MarkedText } from "./MarkedText";
import { ReviewComments } from "../../components/ReviewComments";

const CHANGE_TAGS: Record<SectionChange["change"], { color: string; text: string }> = {
  same: { color: "default", text: "无改动" },
  changed: { color: "blue", text: "有改动" },
  new: { color: "green", text: "本期新增" },
  removed: { color: "red", text: "本期删去" },
};

type Props = {
  section: SectionChange;
  number: string;
  figures: FigureDelta[];
  comments: ReviewComment[];
  onComment?: (text: string) => Promise<void>;
};

/** One section in the 审阅: its text marked against the previous issue, its figures with their deltas, its comments. */
export function SectionReview({ section, number, figures, comments, onComment }: Props) {
  const tag = CHANGE_TAGS[section.change];
  const open = comments.filter((c) => c.status === "open").length;
  return (
    <Card
      size="small"
      data-testid="review-section"
      data-section-id={section.sectionId ?? ""}
      data-change={section.change}
      style={{ marginBottom: 12, marginLeft: Math.max(0, section.level - 1) * 12 }}
      title={
        <Space size={6} wrap>
          <Typography.Text strong>
            {number}
            {section.heading}
          </Typography.Text>
          <Tag color={tag.color}>{tag.text}</Tag>
          {open ? <Tag color="orange">{open} 条意见待处理</Tag> : null}
        </Space>
      }
    >
      <MarkedText runs={section.runs} />
      {figures.length ? (
        <List
          size="small"
          style={{ marginTop: 8 }}
          header={<Typography.Text type="secondary">数字较上期</Typography.Text>}
          dataSource={figures}
          renderItem={(f) => (
            <List.Item data-testid="figure-delta" data-key={f.key}>
              <Typography.Text type={f.delta ? undefined : "secondary"}>{figureText(f)}</Typography.Text>
            </List.Item>
          )}
        />
      ) : null}
      {section.sectionId ? <ReviewComments comments={comments} heading={section.heading} onAdd={onComment} /> : null}
    </Card>
  );
}
