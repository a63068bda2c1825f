import type { LedgerImportState } from "../../api/ledger";

/** Where an upload is: sending the file, then the server reading it, then done. */
export type UploadStage = { step: "sending"; percent: number } | { step: "server"; state: LedgerImportState | null } | null;

/**
 * The progress bar's percent and caption for a stage.
 *
 * @example
 * stageText({ step: "sending", percent: 40 }); // { percent: 40, text: "上传 40%" }
 */
export function stageText(stage: NonNullable<UploadStage>): { percent: number; text: string } {
  if (stage.step === "sending") return { percent: stage.percent, text: `上传 ${stage.percent}%` };
  const s = stage.state;
  if (!s || !s.totalBytes) return { percent: 0, text: "服务器开始导入……" };
  const percent = Math.min(99, Math.floor((100 * s.bytes) / s.totalBytes));
  const rows = s.rows.toLocaleString("zh-CN");
  return { percent, text: `导入 ${percent}%：已读 ${rows} 行，新增 ${s.inserted.toLocaleString("zh-CN")} 行${s.rejected ? `，拒收 ${s.rejected} 行` : ""}` };
}
