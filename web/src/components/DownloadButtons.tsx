import type { ReactNode } from "react";
import { Button, Space, Tooltip } from "antd";
import { FilePdfOutlined, FileWordOutlined, Html5Outlined } from "@ant-design/icons";
import { documentName, documentUrl } from "../api/issues";
import { useDownload } from "../hooks/useDownload";
import { PdfFontsNote } from "./PdfFontsNote";

const FORMATS = ["docx", "pdf", "html"] as const;
type Format = (typeof FORMATS)[number];
const LABELS: Record<Format, string> = { docx: "Word", pdf: "PDF", html: "HTML" };
const ICONS: Record<Format, ReactNode> = { docx: <FileWordOutlined />, pdf: <FilePdfOutlined />, html: <Html5Outlined /> };

/** DOCX, PDF and HTML of an issue (a published one: the files kept at publication; else a fresh rendering). */
export function DownloadButtons({ issue, revision, size, iconOnly, wrap }: { issue: { year: number; seq: number; title?: string }; revision?: number; size?: "small" | "middle"; iconOnly?: boolean; wrap?: boolean }) {
  const { busy, get: fetchFile } = useDownload();
  const r = `${issue.year}-${issue.seq}`;
  const get = (format: Format) => fetchFile(format, documentUrl(r, format, revision), documentName(issue, format), LABELS[format]);
  // In a narrow column the buttons go onto as many lines as they need.
  const Group = wrap ? WrapGroup : Space.Compact;
  return (
    <Group>
      {FORMATS.map((f) => (
        <Tooltip key={f} title={iconOnly ? `下载 ${LABELS[f]}` : undefined}>
          <Button size={size} icon={ICONS[f]} loading={busy === f} onClick={() => get(f)} data-testid={`download-${f}`} aria-label={`下载 ${LABELS[f]}`}>
            {iconOnly ? null : `下载 ${LABELS[f]}`}
          </Button>
        </Tooltip>
      ))}
      {iconOnly ? null : <PdfFontsNote size={size} />}
    </Group>
  );
}

function WrapGroup({ children }: { children: ReactNode }) {
  return (
    <Space wrap size={4}>
      {children}
    </Space>
  );
}

