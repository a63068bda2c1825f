import { Tag, Tooltip } from "antd";
import type { IssueView } from "../api/issues";

/**
 * Beside the downloads: characters of the issue that the body's face lacks (names outside
 * GB2312 such as 昇 or 镕), and the face its PDF prints them in instead. Nothing when the
 * body's face has every character.
 */
export function StandInNote({ standIns }: { standIns: IssueView["pdfStandIns"] }) {
  if (!standIns.length) return null;
  const characters = standIns.map((s) => s.characters).join("");
  const how = standIns.map((s) => `“${s.characters}”${s.face ? `由 ${s.face} 补字` : "代用字体中也没有，可能印不出"}`).join("；");
  return (
    <Tooltip title={`正文字体中没有这些字。PDF 中${how}；Word、WPS 打开 DOCX 时由本机字体补字。`}>
      <Tag color={standIns.every((s) => s.face) ? "default" : "red"} data-testid="stand-in-note">
        补字：{characters.length > 12 ? `${characters.slice(0, 12)}…` : characters}
      </Tag>
    </Tooltip>
  );
}
