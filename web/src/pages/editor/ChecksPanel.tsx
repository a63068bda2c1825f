import { useState } from "react";
import { Alert, App, Button, Input, Space, Tag, Typography } from "antd";
import { ItemList } from "../../components/ItemList";
import { CheckCircleOutlined } from "@ant-design/icons";
import type { Finding, FindingOverride } from "@domain/checks/finding";
import { SEVERITY_LABELS, CHECK_CODES } from "@domain/checks/codes";
import { messageOf } from "../../components/Feedback";

const COLORS = { error: "red", warning: "orange", info: "blue" } as const;
const ORDER = { error: 0, warning: 1, info: 2 } as const;

type Props = {
  findings: Finding[];
  /** True when the working copy differs from the saved issue the findings were computed on. */
  stale: boolean;
  editable: boolean;
  onGoTo(sectionId: string | null, field: string | null): void;
  onOverride(overrides: FindingOverride[]): Promise<void>;
};

/**
 * 校核结果: errors block approval; a warning needs a written reason; info only informs.
 * Clicking a finding opens the section it is about.
 */
export function ChecksPanel({ findings, stale, editable, onGoTo, onOverride }: Props) {
  const { message } = App.useApp();
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const errors = findings.filter((f) => f.severity === "error").length;
  const open = findings.filter((f) => f.severity === "warning" && !f.overridden).length;
  const key = (f: Finding) => `${f.code}|${f.sectionId ?? ""}|${f.field ?? ""}`;
  const current = (): FindingOverride[] =>
    findings.filter((f) => f.overridden && f.overrideReason).map((f) => ({ code: f.code, sectionId: f.sectionId, field: f.field, reason: f.overrideReason! }));

  const saveReason = async (f: Finding, reason: string | null) => {
    setBusy(key(f));
    try {
      const others = current().filter((o) => !(o.code === f.code && o.sectionId === f.sectionId && o.field === f.field));
      await onOverride(reason ? [...others, { code: f.code, sectionId: f.sectionId, field: f.field, reason }] : others);
      message.success(reason ? "已记录忽略理由。" : "已撤销忽略。");
    } catch (e) {
      message.error(messageOf(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div data-testid="checks-panel">
      {stale ? <Alert type="info" showIcon title="有未保存的修改，校核结果以上次保存的内容为准。保存后自动重新校核。" style={{ marginBottom: 8 }} /> : null}
      {findings.length === 0 ? (
        <Alert type="success" showIcon icon={<CheckCircleOutlined />} title="校核通过：没有发现问题。" />
      ) : (
        <Alert
          type={errors ? "error" : open ? "warning" : "info"}
          showIcon
          title={errors ? `${errors} 项错误须改正后才能提交审核` : open ? `${open} 项警告须填写忽略理由或改正` : "只有提示，可以提交审核"}
          style={{ marginBottom: 8 }}
        />
      )}
      <ItemList
        items={sorted}
        empty="没有校核结果"
        render={(f) => (
          <div data-testid="finding" data-code={f.code}>
            <Space size={4} wrap style={{ marginBottom: 4 }}>
              <Tag color={COLORS[f.severity]}>{SEVERITY_LABELS[f.severity]}</Tag>
              <Typography.Text strong>{CHECK_CODES[f.code]?.title ?? f.code}</Typography.Text>
              {f.overridden ? <Tag color="default">已忽略</Tag> : null}
            </Space>
            <Typography.Paragraph style={{ marginBottom: 4 }}>{f.message}</Typography.Paragraph>
            <Space size={4} wrap>
              {f.section || f.field ? (
                <Typography.Link onClick={() => onGoTo(f.sectionId, f.field)}>定位到：{f.section ?? "期号与版记"}</Typography.Link>
              ) : null}
            </Space>
            {f.severity === "warning" && editable ? (
              f.overridden ? (
                <div style={{ marginTop: 4 }}>
                  <Typography.Text type="secondary">理由：{f.overrideReason}</Typography.Text>{" "}
                  <Button size="small" type="link" loading={busy === key(f)} onClick={() => saveReason(f, null)}>
                    撤销忽略
                  </Button>
                </div>
              ) : (
                <Space.Compact style={{ width: "100%", marginTop: 4 }}>
                  <Input size="small" placeholder="不改正时请写明理由" value={reasons[key(f)] ?? ""} onChange={(e) => setReasons({ ...reasons, [key(f)]: e.target.value })} />
                  <Button size="small" disabled={(reasons[key(f)] ?? "").trim().length < 2 || stale} loading={busy === key(f)} onClick={() => saveReason(f, reasons[key(f)].trim())}>
                    忽略
                  </Button>
                </Space.Compact>
              )
            ) : null}
          </div>
        )}
      />
    </div>
  );
}
