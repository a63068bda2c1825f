import { useState } from "react";
import { Alert, App, Button, Card, Input, Progress, Radio, Space, Typography, Upload } from "antd";
import { ItemList } from "../../components/ItemList";
import { InboxOutlined, ThunderboltOutlined } from "@ant-design/icons";
import { fillFigures, type LedgerImport } from "../../api/ledger";
import type { ColumnMapping } from "@domain/ledger/ledgerFields";
import { ColumnMappingForm, mappingProblemOf } from "./ColumnMappingForm";
import { LedgerImportLog } from "./LedgerImportLog";
import { stageText } from "./uploadStage";
import { useLedgerUpload } from "./useLedgerUpload";
import type { IssueView } from "../../api/issues";
import { ErrorBox, isMissingEndpoint, messageOf, MissingEndpoint } from "../../components/Feedback";
import { useCapabilities } from "../../hooks/useCapabilities";

/** Imports case and front-desk exports, and fills the issue's figures from them. */
export function LedgerCard({ issueRef, editable, dirty, onFilled }: { issueRef: string | null; editable: boolean; dirty: boolean; onFilled(v: IssueView): void }) {
  const { message } = App.useApp();
  const [kind, setKind] = useState<"cases" | "desk">("cases");
  const [source, setSource] = useState("");
  const { stage, send: upload } = useLedgerUpload();
  const [imports, setImports] = useState(0);
  const [result, setResult] = useState<LedgerImport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const [filling, setFilling] = useState(false);
  const has = useCapabilities();
  const absent = [`POST /api/ledger/${kind}`, "POST /api/issues/{ref}/fill-figures"].filter((k) => !has(k.split(" ")[0], k.split(" ")[1]));

  const [lastFile, setLastFile] = useState<File | null>(null);
  const send = async (file: File, mapping?: ColumnMapping) => {
    setError(null);
    setResult(null);
    setLastFile(file);
    try {
      setResult(await upload(kind, file, source.trim() || undefined, mapping));
      message.success(`已导入 ${file.name}。`);
    } catch (e) {
      if (isMissingEndpoint(e)) setMissing(`POST /api/ledger/${kind}`);
      else setError(e);
    } finally {
      setImports((n) => n + 1);
    }
  };
  const fill = async () => {
    if (!issueRef) return;
    setFilling(true);
    try {
      const r = await fillFigures(issueRef);
      onFilled(r);
      if (r.filled.length) message.success(`已按台账填入：${r.filled.join("、")}，请核对。`);
      for (const w of r.warnings) message.warning(w, 8);
    } catch (e) {
      if (isMissingEndpoint(e)) setMissing(`POST /api/issues/${issueRef}/fill-figures`);
      else message.error(messageOf(e));
    } finally {
      setFilling(false);
    }
  };

  const problem = mappingProblemOf(error);

  return (
    <Card size="small" title="从台账导入">
      {missing || absent.length ? <MissingEndpoint what="台账导入与自动填数" endpoint={missing ?? absent.join("、")} /> : null}
      <Space orientation="vertical" style={{ width: "100%" }}>
        <Radio.Group value={kind} onChange={(e) => setKind(e.target.value)} options={[{ value: "cases", label: "一体化平台办件导出" }, { value: "desk", label: "综窗前台台账" }]} />
        <Input placeholder="数据来源名称（可不填，用于保存列对应关系）" value={source} onChange={(e) => setSource(e.target.value)} aria-label="数据来源名称" />
        <Upload.Dragger accept=".csv,.xlsx" multiple={false} showUploadList={false} disabled={stage !== null || absent.some((k) => k.includes("ledger"))} beforeUpload={(f) => (send(f), false)}>
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>点击或拖入 CSV / XLSX 文件</p>
          <Typography.Text type="secondary">支持 UTF-8 与 GB18030（GBK）编码；重复导入不会重复计数。</Typography.Text>
        </Upload.Dragger>
        {stage ? <StageBar {...stageText(stage)} /> : null}
        {error ? <ErrorBox error={error} title="导入失败" /> : null}
        {problem && lastFile ? <ColumnMappingForm key={lastFile.name} problem={problem} busy={stage !== null} onSubmit={(m) => void send(lastFile, m)} /> : null}
        {result ? (
          <Alert
            type={result.rejectedCount ? "warning" : "success"}
            showIcon
            title={`${result.file}：读取 ${result.rows} 行，新增 ${result.inserted} 行，更新 ${result.updated} 行，未变 ${result.unchanged} 行，拒收 ${result.rejectedCount} 行${result.rejectedCount > result.rejected.length ? `（下列前 ${result.rejected.length} 行）` : ""}；用时 ${result.seconds.toFixed(1)} 秒。`}
            description={
              result.rejected.length ? (
                <ItemList compact items={result.rejected} pageSize={20} rowKey={(r) => r.line} render={(r) => `第 ${r.line} 行：${r.reason}`} />
              ) : undefined
            }
          />
        ) : null}
        <Button icon={<ThunderboltOutlined />} disabled={!issueRef || !editable || dirty || absent.some((k) => k.includes("fill-figures"))} loading={filling} onClick={fill} title={dirty ? "请先保存当前修改" : undefined}>
          按台账填入本期数字
        </Button>
        <LedgerImportLog version={imports} />
      </Space>
    </Card>
  );
}

/** The upload's progress bar with its caption under it (the caption says rows, not just percent). */
function StageBar({ percent, text }: { percent: number; text: string }) {
  return (
    <div role="status" aria-label="导入进度">
      <Progress percent={percent} showInfo={false} status="active" />
      <Typography.Text type="secondary">{text}</Typography.Text>
    </div>
  );
}
