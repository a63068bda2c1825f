import { Typography } from "antd";
import { chineseDate } from "@domain/present/dates";
import type { Submission } from "../../api/submissions";

/** The text of an item as the editor will read it. */
export function SubmissionText({ s, rows = 3 }: { s: Submission; rows?: number }) {
  const text = s.content.kind === "news" ? s.content.text : `${chineseDate(s.content.date)}，${s.content.title}${s.content.person}到大厅窗口调研值守。${s.content.text ?? ""}`;
  return (
    <Typography.Paragraph ellipsis={{ rows, expandable: true, symbol: "展开" }} style={{ marginBottom: 0 }}>
      {text}
    </Typography.Paragraph>
  );
}
