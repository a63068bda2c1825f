import { useState } from "react";
import { App, Button, Space, Tooltip } from "antd";
import { FilePdfOutlined, FileWordOutlined } from "@ant-design/icons";
import { documentName, documentUrl } from "../api/issues";
import { download } from "../api/transfer";
import { messageOf } from "./Feedback";
import { PdfFontsNote } from "./PdfFontsNote";

/** DOCX and PDF of an issue (a published one: the files kept at publication; else a fresh rendering). */
export function DownloadButtons({ issue, revision, size, iconOnly }: { issue: { year: number; seq: number; title?: string }; revision?: number; size?: "small" | "middle"; iconOnly?: boolean }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const r = `${issue.year}-${issue.seq}`;
  const get = async (format: "docx" | "pdf") => {
    setBusy(format);
    try {
      await download(documentUrl(r, format, revision), documentName(issue, format));
      message.success(`${format === "docx" ? "Word" : "PDF"} 文件已开始下载。`);
    } catch (e) {
      message.error(messageOf(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space.Compact>
      <Tooltip title={iconOnly ? "下载 Word" : undefined}>
        <Button size={size} icon={<FileWordOutlined />} loading={busy === "docx"} onClick={() => get("docx")} data-testid="download-docx" aria-label="下载 Word">
          {iconOnly ? null : "下载 Word"}
        </Button>
      </Tooltip>
      <Tooltip title={iconOnly ? "下载 PDF" : undefined}>
        <Button size={size} icon={<FilePdfOutlined />} loading={busy === "pdf"} onClick={() => get("pdf")} data-testid="download-pdf" aria-label="下载 PDF">
          {iconOnly ? null : "下载 PDF"}
        </Button>
      </Tooltip>
      {iconOnly ? null : <PdfFontsNote size={size} />}
    </Space.Compact>
  );
}

