import { Tag, Tooltip } from "antd";
import type { IssueView } from "../api/issues";

/**
 * Beside the downloads of an imported issue: its Word and PDF follow the original's pages
 * (line pitch and page breaks as printed then), or — once the text lost a place the original
 * broke a page — GB/T 9704's 22 lines a page like every issue composed here. Nothing for
 * an issue that was not imported from a printed original.
 */
export function PageLayoutNote({ layout }: { layout: IssueView["pageLayout"] }) {
  if (layout.originalPages === null) return null;
  return layout.followsOriginal ? (
    <Tooltip title={`此期由往期文件导入：下载的 Word 和 PDF 按原件的分页排版（共 ${layout.originalPages} 页），行距随原件，与本系统新编周报的每页 22 行不同。`}>
      <Tag color="blue" data-testid="page-layout">
        按原件分页（{layout.originalPages} 页）
      </Tag>
    </Tooltip>
  ) : (
    <Tooltip title="此期由往期文件导入，但正文已改动，找不到原件的分页处：下载的 Word 和 PDF 改按 GB/T 9704 每页 22 行排版，页数可能与原件不同。">
      <Tag color="orange" data-testid="page-layout">
        标准版面（原件 {layout.originalPages} 页）
      </Tag>
    </Tooltip>
  );
}
