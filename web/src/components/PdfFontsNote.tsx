import { useState } from "react";
import { Button, Popover, Spin, Typography } from "antd";
import { FontSizeOutlined } from "@ant-design/icons";
import { getPdfFonts, type PdfFonts } from "../api/issues";
import { messageOf } from "./Feedback";

/** Beside the PDF download: which face prints each official font on this server (loaded when opened). */
export function PdfFontsNote({ size }: { size?: "small" | "middle" }) {
  const [fonts, setFonts] = useState<PdfFonts | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = (open: boolean) => {
    if (!open || fonts) return;
    getPdfFonts().then(setFonts, (e) => setError(messageOf(e)));
  };
  const content = error ? (
    <Typography.Text type="danger">{error}</Typography.Text>
  ) : !fonts ? (
    <Spin size="small" />
  ) : (
    <div style={{ maxWidth: 360 }} data-testid="pdf-fonts">
      {fonts.fonts.map((f) => (
        <div key={f.official}>
          {f.role}：{f.official} → {f.face ?? "未知"}
          {f.isOfficial ? "" : "（代用）"}
        </div>
      ))}
      {fonts.advice ? <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>{fonts.advice}</Typography.Paragraph> : null}
    </div>
  );
  return (
    <Popover title="PDF 字体" content={content} trigger="click" onOpenChange={load}>
      <Button size={size} icon={<FontSizeOutlined />} aria-label="PDF 字体" data-testid="pdf-fonts-button" />
    </Popover>
  );
}
