import { Col, Form, Input, Row, Typography } from "antd";
import { Field } from "../../../components/Field";
import type { ContentOf } from "@domain/model/section";
import type { WindowMeasures } from "@domain/model/common";
import { windowCountsSentence } from "@domain/present/sentences";
import { CountInput, GeneratedText } from "./common";

type C = ContentOf<"window-counts">;
const MEASURES: [keyof WindowMeasures, string, string][] = [
  ["consulted", "咨询", "人次"],
  ["accepted", "受理", "件"],
  ["issued", "颁发", "件"],
  ["circulated", "流转", "件"],
];

/** 综窗办件: this week's and year-to-date front-desk counts. */
export function WindowCountsForm({ content, onChange, disabled }: { content: C; onChange(c: C): void; disabled?: boolean }) {
  const set = (which: "week" | "ytd", m: keyof WindowMeasures, v: number | null) => {
    const cur = (content[which] ?? {}) as Partial<Record<keyof WindowMeasures, number | null>>;
    const next = { ...cur, [m]: v };
    const empty = MEASURES.every(([k]) => next[k] === null || next[k] === undefined);
    onChange({ ...content, [which]: empty ? null : (next as WindowMeasures) });
  };
  return (
    <Form layout="vertical" disabled={disabled}>
      <Field label="统计范围" style={{ maxWidth: 320 }}>
        <Input value={content.scope} onChange={(e) => onChange({ ...content, scope: e.target.value })} />
      </Field>
      {(["week", "ytd"] as const).map((which) => (
        <div key={which}>
          <Typography.Text strong>{which === "week" ? "本周" : "今年以来（累计）"}</Typography.Text>
          <Row gutter={12} style={{ marginTop: 8 }}>
            {MEASURES.map(([m, label, unit]) => (
              <Col span={6} key={m}>
                <Field label={`${label}（${unit}）`}>
                  <CountInput ariaLabel={`${which === "week" ? "本周" : "累计"}${label}`} value={content[which]?.[m]} onChange={(v) => set(which, m, v)} />
                </Field>
              </Col>
            ))}
          </Row>
        </div>
      ))}
      <GeneratedText>{windowCountsSentence(content)}</GeneratedText>
    </Form>
  );
}
