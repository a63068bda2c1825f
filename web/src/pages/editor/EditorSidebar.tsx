import { Badge, Button, Tabs } from "antd";
import { PaperClipOutlined, ProfileOutlined } from "@ant-design/icons";
import type { FindingOverride } from "@domain/checks/finding";
import type { Section } from "@domain/model/section";
import type { IssueView } from "../../api/issues";
import { SectionTree } from "./SectionTree";
import { ChecksPanel } from "./ChecksPanel";
import { SubmissionsPanel } from "./SubmissionsPanel";
import { AddSectionButton } from "./AddSectionButton";
import { CommentsPanel } from "./CommentsPanel";
import type { ReviewCommentsState } from "./useReviewComments";

export type Selection = { type: "section"; id: string } | { type: "header" } | { type: "attachments" };

type Props = {
  issue: IssueView;
  tree: Section[];
  selection: Selection;
  onSelect(s: Selection): void;
  onTree(t: Section[]): void;
  onAddTop(kind: Section["content"]["kind"], heading: string): void;
  editable: boolean;
  dirty: boolean;
  canReview: boolean;
  tab: string;
  onTab(t: string): void;
  onOverride(o: FindingOverride[]): Promise<void>;
  onServerChange(): Promise<void>;
  /** The approver's comments (审阅意见), which the editor resolves. */
  review: ReviewCommentsState;
};

/** The left column: the outline (with masthead and attachments), the checks, the pending submissions. */
export function EditorSidebar(p: Props) {
  const problems = new Map<string, "error" | "warning">();
  for (const f of p.issue.findings)
    if (f.sectionId && (f.severity === "error" || (f.severity === "warning" && !f.overridden)))
      problems.set(f.sectionId, problems.get(f.sectionId) === "error" ? "error" : (f.severity as "error" | "warning"));
  const errors = p.issue.findings.filter((f) => f.severity === "error").length;
  const warnings = p.issue.findings.filter((f) => f.severity === "warning" && !f.overridden).length;
  const pseudo = (key: Selection["type"], icon: React.ReactNode, label: string) => (
    <Button type={p.selection.type === key ? "primary" : "text"} ghost={p.selection.type === key} icon={icon} block style={{ textAlign: "left", justifyContent: "flex-start" }} onClick={() => p.onSelect({ type: key } as Selection)}>
      {label}
    </Button>
  );
  return (
    <Tabs
      activeKey={p.tab}
      onChange={p.onTab}
      size="small"
      // Four tabs in the 270 px column: at the default 32 px gutter the last ones scroll out of the bar.
      tabBarGutter={14}
      items={[
        {
          key: "outline",
          label: "目录",
          children: (
            <div>
              {pseudo("header", <ProfileOutlined />, "期号与版记")}
              <div role="tree" aria-label="栏目" style={{ margin: "4px 0" }}>
                <SectionTree
                  tree={p.tree}
                  selected={p.selection.type === "section" ? p.selection.id : null}
                  onSelect={(id) => p.onSelect({ type: "section", id })}
                  onChange={p.onTree}
                  problems={problems}
                  readOnly={!p.editable}
                />
              </div>
              {pseudo("attachments", <PaperClipOutlined />, `附件（${p.issue.attachments.length}）`)}
              {p.editable ? (
                <div style={{ marginTop: 8 }}>
                  <AddSectionButton level={0} onAdd={(k, h) => p.onAddTop(k, h)} label="在末尾添加栏目" />
                </div>
              ) : null}
            </div>
          ),
        },
        {
          key: "checks",
          label: (
            <span data-testid="checks-tab">
              校核 <Badge count={errors + warnings} size="small" color={errors ? "red" : "orange"} showZero={false} />
            </span>
          ),
          children: (
            <ChecksPanel
              findings={p.issue.findings}
              stale={p.dirty}
              editable={p.editable}
              onOverride={p.onOverride}
              onGoTo={(sectionId, field) => {
                p.onSelect(sectionId ? { type: "section", id: sectionId } : field?.startsWith("attachments") ? { type: "attachments" } : { type: "header" });
                p.onTab("outline");
              }}
            />
          ),
        },
        {
          key: "comments",
          label: (
            <span data-testid="comments-tab">
              审阅意见 <Badge count={p.review.open} size="small" color="orange" showZero={false} />
            </span>
          ),
          children: (
            <CommentsPanel
              comments={p.review.comments}
              canResolve={p.canReview}
              onResolve={p.review.resolve}
              onGoTo={(id) => {
                p.onSelect({ type: "section", id });
                p.onTab("outline");
              }}
            />
          ),
        },
        {
          key: "submissions",
          label: "报送",
          children: <SubmissionsPanel issueRef={`${p.issue.year}-${p.issue.seq}`} dirty={p.dirty} canReview={p.canReview && p.issue.status === "draft"} onAccepted={p.onServerChange} />,
        },
      ]}
    />
  );
}
