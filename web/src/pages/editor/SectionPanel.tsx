import { Button, Card, Input, Popconfirm, Space, Tag, Tooltip, Typography } from "antd";
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from "@ant-design/icons";
import type { Section, SectionContent, VerbatimParagraph } from "@domain/model/section";
import { SECTION_KIND_LABELS } from "@domain/model/section";
import { NewsForm } from "./forms/NewsForm";
import { LeaderVisitsForm } from "./forms/LeaderVisitsForm";
import { PlatformStatsForm } from "./forms/PlatformStatsForm";
import { WindowCountsForm } from "./forms/WindowCountsForm";
import { ManualProgressForm } from "./forms/ManualProgressForm";
import { PolicyListsForm } from "./forms/PolicyListsForm";
import { InspectionForm } from "./forms/InspectionForm";
import { TextForm } from "./forms/TextForm";
import { AddSectionButton } from "./AddSectionButton";
import { VerbatimParagraphs } from "./VerbatimParagraphs";

type Props = {
  section: Section;
  number: string;
  disabled: boolean;
  onHeading(h: string): void;
  onContent(c: SectionContent): void;
  /** The paragraphs an import kept verbatim, confirmed, corrected or removed. */
  onVerbatim(v: VerbatimParagraph[]): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
  onAdd(kind: Section["content"]["kind"], heading: string, asChild: boolean): void;
  /** Extra actions a kind offers (e.g. fill figures from data, take the hall inspection). */
  extra?: React.ReactNode;
};

/** The form of one section: its heading, the form of its kind, and moving or removing it. */
export function SectionPanel({ section, number, disabled, onHeading, onContent, onVerbatim, onMove, onRemove, onAdd, extra }: Props) {
  const n = section.children.length;
  return (
    <Card
      size="small"
      title={
        <Space>
          <Typography.Text strong>{number || "部分标题"}</Typography.Text>
          <Tag>{SECTION_KIND_LABELS[section.content.kind]}</Tag>
        </Space>
      }
      extra={
        <Space size={4} wrap>
          <Tooltip title="上移">
            <Button size="small" icon={<ArrowUpOutlined />} disabled={disabled} onClick={() => onMove(-1)} aria-label="上移栏目" />
          </Tooltip>
          <Tooltip title="下移">
            <Button size="small" icon={<ArrowDownOutlined />} disabled={disabled} onClick={() => onMove(1)} aria-label="下移栏目" />
          </Tooltip>
          <AddSectionButton disabled={disabled} level={section.level} onAdd={onAdd} />
          <Popconfirm
            title="删除此栏目？"
            description={n ? `其下的 ${n} 个子栏目和全部内容也将删除。保存前可点“撤销修改”恢复。` : "栏目中的内容也将删除。保存前可点“撤销修改”恢复。"}
            okText="删除"
            cancelText="取消"
            okButtonProps={{ danger: true }}
            onConfirm={onRemove}
          >
            <Button size="small" danger icon={<DeleteOutlined />} disabled={disabled}>
              删除
            </Button>
          </Popconfirm>
        </Space>
      }
    >
      <Space.Compact style={{ width: "100%", marginBottom: 16 }}>
        <Space.Addon>标题</Space.Addon>
        <Input aria-label="栏目标题" value={section.heading} disabled={disabled} status={section.heading.trim() ? undefined : "error"} onChange={(e) => onHeading(e.target.value)} />
      </Space.Compact>
      <KindForm content={section.content} onChange={onContent} disabled={disabled} extra={extra} />
      <VerbatimParagraphs paragraphs={section.verbatim ?? []} disabled={disabled} onChange={onVerbatim} />
    </Card>
  );
}

function KindForm({ content, onChange, disabled, extra }: { content: SectionContent; onChange(c: SectionContent): void; disabled: boolean; extra?: React.ReactNode }) {
  switch (content.kind) {
    case "part":
    case "group":
      return <Typography.Paragraph type="secondary">此栏目只有标题，内容在其下的子栏目中填写。</Typography.Paragraph>;
    case "news":
      return <NewsForm content={content} onChange={onChange} disabled={disabled} />;
    case "leader-visits":
      return <LeaderVisitsForm content={content} onChange={onChange} disabled={disabled} />;
    case "platform-stats":
      return (
        <>
          {extra}
          <PlatformStatsForm content={content} onChange={onChange} disabled={disabled} />
        </>
      );
    case "window-counts":
      return (
        <>
          {extra}
          <WindowCountsForm content={content} onChange={onChange} disabled={disabled} />
        </>
      );
    case "manual-progress":
      return <ManualProgressForm content={content} onChange={onChange} disabled={disabled} />;
    case "policy-lists":
      return <PolicyListsForm content={content} onChange={onChange} disabled={disabled} />;
    case "inspection":
      return <InspectionForm content={content} onChange={onChange} disabled={disabled} extra={extra} />;
    case "text":
      return <TextForm content={content} onChange={onChange} disabled={disabled} />;
  }
}
