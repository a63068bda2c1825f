import { useRef, useState } from "react";
import { Link } from "react-router-dom";
import { Alert, Button, Card, Checkbox, Input, Progress, Space, Table, Tag, Typography, Upload } from "antd";
import { InboxOutlined } from "@ant-design/icons";
import { issueNumberLine } from "@domain/present/dates";
import { importIssue, type ImportResult } from "../../api/imports";
import { isMissingEndpoint, messageOf, MissingEndpoint } from "../../components/Feedback";
import { useUnsavedChanges } from "../../hooks/useUnsavedChanges";
import { useCapabilities } from "../../hooks/useCapabilities";
import { ImportDetails, findingTags } from "./ImportDetails";

/** "tried": read by a dry run and kept in the list, so the same files can then be imported for real. */
type Row = { key: string; file: File; state: "waiting" | "uploading" | "tried" | "done" | "failed"; progress: number; result?: ImportResult; error?: string };

/** 导入: past issues (TXT, PDF, DOCX) uploaded one after another, with a result per file and the lines not understood. */
export default function ImportPage() {
  const [rows, setRows] = useState<Row[]>([]);
  const [replace, setReplace] = useState(false);
  const [reason, setReason] = useState("");
  const [dryRun, setDryRun] = useState(false);
  const [strict, setStrict] = useState(false);
  const [running, setRunning] = useState(false);
  const [missing, setMissing] = useState(false);
  const queue = useRef<Row[]>([]);
  const has = useCapabilities();
  useUnsavedChanges(running);

  const patch = (key: string, p: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...p } : r)));
  const pending = (r: Row) => r.state === "waiting" || (r.state === "tried" && !dryRun);
  const run = async () => {
    setRunning(true);
    for (const r of queue.current.filter(pending)) {
      patch(r.key, { state: "uploading", progress: 0 });
      try {
        const result = await importIssue(r.file, { replace, reason, dryRun, strict }, (p) => patch(r.key, { progress: p }));
        const state = dryRun ? "tried" : "done";
        patch(r.key, { state, progress: 100, result });
        r.state = state;
      } catch (e) {
        if (isMissingEndpoint(e)) setMissing(true);
        patch(r.key, { state: "failed", error: messageOf(e) });
        r.state = "failed";
      }
    }
    setRunning(false);
  };
  const add = (file: File) => {
    const row: Row = { key: `${file.name}-${file.size}-${Date.now()}-${Math.random()}`, file, state: "waiting", progress: 0 };
    queue.current = [...queue.current, row];
    setRows((rs) => [...rs, row]);
    return false;
  };
  const done = rows.filter((r) => r.state === "done" || r.state === "tried").length;
  const failed = rows.filter((r) => r.state === "failed").length;

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      {missing || !has("POST", "/api/imports") ? <MissingEndpoint what="导入往期周报" endpoint="POST /api/imports" /> : null}
      <Card size="small">
        <Upload.Dragger accept=".txt,.pdf,.docx" multiple showUploadList={false} beforeUpload={add} disabled={running || !has("POST", "/api/imports")} data-testid="import-drop">
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>点击或拖入往期周报文件，可一次选择多个</p>
          <Typography.Text type="secondary">支持 TXT、PDF（须含文字层）、DOCX。每个文件是一期周报。</Typography.Text>
        </Upload.Dragger>
        <Space style={{ marginTop: 12 }} wrap>
          <Checkbox checked={replace} onChange={(e) => setReplace(e.target.checked)} disabled={running}>
            期号已存在时更正（仅已发布的期：存为新版次，原版保留；草稿、审核中的期不能覆盖）
          </Checkbox>
          {replace ? (
            <Input
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              disabled={running}
              maxLength={500}
              placeholder="更正理由（必填，至少 4 个字）"
              style={{ width: 280 }}
              data-testid="import-reason"
            />
          ) : null}
          <Checkbox checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} disabled={running}>
            只试读，不保存
          </Checkbox>
          <Checkbox checked={strict} onChange={(e) => setStrict(e.target.checked)} disabled={running}>
            严格导入（校核有错误的不导入；默认照原样导入并列出问题）
          </Checkbox>
          <Button type="primary" onClick={run} loading={running} disabled={!rows.some(pending)} data-testid="import-start">
            {dryRun ? "开始试读" : "开始导入"}（{rows.filter(pending).length} 个文件）
          </Button>
          <Button onClick={() => ((queue.current = []), setRows([]))} disabled={running || !rows.length}>
            清空列表
          </Button>
        </Space>
      </Card>
      {rows.some((r) => r.state === "tried") && !running ? (
        <Alert type="info" showIcon title="试读的文件仍在列表中：取消“只试读，不保存”后点“开始导入”即保存这些文件。" />
      ) : null}
      {rows.length ? (
        <Card size="small" title={`导入结果：成功 ${done} 个，失败 ${failed} 个，共 ${rows.length} 个`}>
          <Table<Row>
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={rows}
            expandable={{
              rowExpandable: (r) => !!r.result && (r.result.unparsed.length > 0 || r.result.problems.length > 0 || r.result.findings.length > 0),
              expandedRowRender: (r) => <ImportDetails result={r.result!} />,
            }}
            columns={[
              { title: "文件", render: (_, r) => <Typography.Text ellipsis style={{ maxWidth: 320 }}>{r.file.name}</Typography.Text> },
              { title: "大小", width: 90, render: (_, r) => `${Math.max(1, Math.round(r.file.size / 1024))} KB` },
              {
                title: "进度",
                width: 180,
                render: (_, r) => (r.state === "waiting" ? <Tag>等待</Tag> : r.state === "uploading" ? <Progress size="small" percent={r.progress} format={(p) => (p === 100 ? "解析中" : `${p}%`)} /> : r.state === "done" ? <Tag color="green">完成</Tag> : r.state === "tried" ? <Tag color="blue">已试读</Tag> : <Tag color="red">失败</Tag>),
              },
              {
                title: "结果",
                render: (_, r) =>
                  r.result ? (
                    <Space wrap size={4} data-testid="import-result">
                      {r.result.stored ? <Link to={`/archive/${r.result.issue.ref}`}>{issueNumberLine(r.result.issue)}</Link> : <span>{issueNumberLine(r.result.issue)}</span>}
                      <Typography.Text type="secondary">{r.result.stored ? (r.result.replaced ? "已更正（新版次）" : "已保存") : "试读（未保存）"}，{r.result.sections} 个栏目</Typography.Text>
                      {r.result.unparsed.length ? <Tag color="orange">{r.result.unparsed.length} 行未识别（已保留原文）</Tag> : <Tag color="green">全部识别</Tag>}
                      {findingTags(r.result.findings)}
                    </Space>
                  ) : r.error ? (
                    <Typography.Text type="danger">{r.error}</Typography.Text>
                  ) : null,
              },
            ]}
          />
        </Card>
      ) : (
        <Alert type="info" showIcon title="导入后，往期周报可在“往期归档”中检索，并进入“数据看板”的图表和校核对比。" />
      )}
    </Space>
  );
}
