import { useState } from "react";
import { App, Button, Space } from "antd";
import { FilePdfOutlined, FileWordOutlined } from "@ant-design/icons";
import { documentName, documentUrl } from "../api/issues";
import { download } from "../api/transfer";
import { messageOf } from "./Feedback";

/** DOCX and PDF of an issue (a published one: the files kept at publication; else a fresh rendering). */
export function DownloadButtons({ issue, revision, size }: { issue: { year: number; seq: number; title?: string }; revision?: number; size?: "small" | "middle" }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const r = `${issue.year}-${issue.seq}`;
  const get = async (format: "docx" | "pdf") => {
    setBusy(format);
    try {
      await download(documentUrl(r, format, revision), documentName(issue, format));
      message.success(`${format.toUpperCase()} 已开始下载。`);
    } catch (e) {
      message.error(messageOf(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space.Compact>
      <Button size={size} icon={<FileWordOutlined />} loading={busy === "docx"} onClick={() => get("docx")} data-testid="download-docx">
        下载 Word
      </Button>
      <Button size={size} icon={<FilePdfOutlined />} loading={busy === "pdf"} onClick={() => get("pdf")} data-testid="download-pdf">
        下载 PDF
      </Button>
    </Space.Compact>
  );
}

