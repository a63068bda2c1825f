import { Button, Empty, Typography } from "antd";
import type { ReviewComment } from "../../api/reviews";
import { ReviewComments } from "../../components/ReviewComments";

type Props = { comments: ReviewComment[]; canResolve: boolean; onResolve(c: ReviewComment): Promise<void>; onGoTo(sectionId: string): void };

/** The approver's comments on this issue, section by section: open ones to resolve, resolved ones still listed. */
export function CommentsPanel({ comments, canResolve, onResolve, onGoTo }: Props) {
  if (!comments.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无审阅意见" />;
  const sections = [...new Set(comments.map((c) => c.sectionId))];
  return (
    <div data-testid="comments-panel">
      {sections.map((id) => {
        const here = comments.filter((c) => c.sectionId === id);
        return (
          <div key={id} style={{ marginBottom: 8 }}>
            <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onGoTo(id)}>
              <Typography.Text strong>{here[0].heading}</Typography.Text>
            </Button>
            <ReviewComments comments={here} heading={here[0].heading} onResolve={canResolve ? onResolve : undefined} />
          </div>
        );
      })}
    </div>
  );
}
