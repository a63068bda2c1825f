import { useEffect, useState } from "react";
import { Button, Segmented, Space, Spin, Tag, Tooltip } from "antd";
import { ExportOutlined, ReloadOutlined } from "@ant-design/icons";
import type { IssueDocument } from "@domain/model/issue";
import { documentUrl } from "../../api/issues";
import { livePreviewHtml } from "./livePreview";
import { PageFrame } from "../../components/PageFrame";


type Props = { issueRef: string; doc: IssueDocument; dirty: boolean; savedAt: string };

/**
 * The rendered page beside the form. Saved: the server's document.html of the draft.
 * With unsaved edits: the same renderer run in the browser on the working copy, so the
 * page follows every keystroke; saving switches back to the server's page.
 */
export function PreviewPane({ issueRef, doc, dirty, savedAt }: Props) {
  const [zoom, setZoom] = useState<"fit" | "full">("fit");
  const [html, setHtml] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [nonce, setNonce] = useState(0);

  // Typing fast should not re-render the page on every key: wait for a short pause.
  useEffect(() => {
    if (!dirty) {
      setHtml(null);
      return;
    }
    const t = setTimeout(() => {
      try {
        setHtml(livePreviewHtml(doc));
      } catch {
        /* a half-typed figure the renderer cannot take yet: keep the last page */
      }
    }, 300);
    return () => clearTimeout(t);
  }, [doc, dirty]);

  const base = documentUrl(issueRef, "html");
  const src = `${base}${base.includes("?") ? "&" : "?"}v=${encodeURIComponent(savedAt)}-${nonce}`;
  const live = dirty && html !== null;
  useEffect(() => setLoading(true), [src]);
  return (
    <div style={{ display: "flex", flexDirection: "column", height: "100%" }}>
      <Space style={{ marginBottom: 8, justifyContent: "space-between", width: "100%" }} wrap>
        <Space size={4}>
          {live ? <Tag color="orange">实时预览（未保存）</Tag> : <Tag color="green">已保存版本</Tag>}
          {loading && !live ? <Spin size="small" /> : null}
        </Space>
        <Space size={4}>
          <Segmented size="small" value={zoom} onChange={(v) => setZoom(v as "fit" | "full")} options={[{ value: "fit", label: "适应宽度" }, { value: "full", label: "原始大小" }]} />
          <Tooltip title="重新载入">
            <Button size="small" icon={<ReloadOutlined />} onClick={() => setNonce((n) => n + 1)} aria-label="重新载入预览" />
          </Tooltip>
          <Tooltip title="在新窗口打开已保存的页面">
            <Button size="small" icon={<ExportOutlined />} href={base} target="_blank" aria-label="在新窗口打开" />
          </Tooltip>
        </Space>
      </Space>
      <div style={{ flex: 1, minHeight: 0 }}>
        <PageFrame title="周报页面预览" testId="preview-frame" mode={live ? "live" : "saved"} fit={zoom === "fit"} src={src} srcDoc={live ? html! : undefined} onLoad={() => setLoading(false)} />
      </div>
    </div>
  );
}
