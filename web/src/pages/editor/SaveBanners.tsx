import { useState } from "react";
import { Alert, App, Button, Modal, Space, Table, Typography } from "antd";
import { CheckCircleOutlined, ExclamationCircleOutlined, LoadingOutlined } from "@ant-design/icons";
import { getIssue, ref as refOf } from "../../api/issues";
import { messageOf } from "../../components/Feedback";
import { compareCopies, type CopyDifference } from "./compareCopies";
import { documentOf } from "./documentOf";
import type { EditorState } from "./useIssueEditor";
import { SAVE_STATE_LABELS } from "./useAutosave";

/** 已保存 / 正在保存… / 未保存的更改, beside the issue's number. */
export function SaveStatus({ ed }: { ed: EditorState }) {
  const s = ed.saveState;
  const icon = s === "saved" ? <CheckCircleOutlined /> : s === "saving" ? <LoadingOutlined /> : <ExclamationCircleOutlined />;
  const why = s === "unsaved" && ed.saveError ? `：${messageOf(ed.saveError)}` : "";
  return (
    <Typography.Text type={s === "saved" ? "success" : s === "saving" ? "secondary" : "warning"} data-testid="save-state" data-state={s}>
      {icon} {SAVE_STATE_LABELS[s]}
      {why}
    </Typography.Text>
  );
}

const when = (iso: string) => new Date(iso).toLocaleString("zh-CN", { hour12: false });

/**
 * The two moments a save needs the editor: a copy kept in this browser that never
 * reached the server (恢复 / 丢弃), and a save refused because someone saved a newer
 * copy (载入最新版本 / 对照 / 用我的版本覆盖) — never an overwrite they did not choose.
 */
export function SaveBanners({ ed }: { ed: EditorState }) {
  const { message, modal } = App.useApp();
  const [diff, setDiff] = useState<CopyDifference[] | null>(null);
  const compare = async () => {
    try {
      setDiff(compareCopies(ed.doc!, documentOf(await getIssue(refOf(ed.issue!)))));
    } catch (e) {
      message.error(messageOf(e));
    }
  };
  const overwrite = () =>
    modal.confirm({
      title: "用我的版本覆盖？",
      content: "服务器上他人保存的修改将被您的版本替换。",
      okText: "覆盖",
      okButtonProps: { danger: true },
      cancelText: "取消",
      onOk: () => ed.overwrite().then(() => message.success("已保存您的版本。"), (e) => message.error(messageOf(e))),
    });
  return (
    <>
      {ed.rescued ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="rescued-copy"
          title={`本机保存着 ${when(ed.rescued.at)} 尚未保存到服务器的修改。`}
          action={
            <Space>
              <Button size="small" type="primary" onClick={() => ed.rescue(true)}>
                恢复这些修改
              </Button>
              <Button size="small" danger onClick={() => ed.rescue(false)}>
                丢弃
              </Button>
            </Space>
          }
        />
      ) : null}
      {ed.saveState === "conflict" ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="save-conflict"
          title={`${messageOf(ed.saveError)}您的修改仍在本页和本机，没有覆盖他人的修改。`}
          action={
            <Space wrap>
              <Button size="small" onClick={compare}>
                对照
              </Button>
              <Button size="small" type="primary" onClick={() => void ed.reload()}>
                载入最新版本
              </Button>
              <Button size="small" danger onClick={overwrite}>
                用我的版本覆盖
              </Button>
            </Space>
          }
        />
      ) : null}
      <Modal open={diff !== null} title="我的修改与服务器上的最新版本" width={960} footer={null} onCancel={() => setDiff(null)}>
        <Table<CopyDifference>
          rowKey={(d, i) => `${d.heading}-${i}`}
          size="small"
          pagination={false}
          dataSource={diff ?? []}
          locale={{ emptyText: "两者印出的内容相同" }}
          columns={[
            { title: "位置", dataIndex: "heading", width: 160 },
            { title: "我的版本", dataIndex: "mine", render: (v) => <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>{v ?? "（无）"}</Typography.Paragraph> },
            { title: "最新版本", dataIndex: "theirs", render: (v) => <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>{v ?? "（无）"}</Typography.Paragraph> },
          ]}
        />
      </Modal>
    </>
  );
}
