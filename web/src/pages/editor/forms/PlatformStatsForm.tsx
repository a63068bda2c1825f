import { Col, Form, Input, Row } from "antd";
import { Field } from "../../../components/Field";
import type { ContentOf } from "@domain/model/section";
import type { Pair } from "@domain/model/common";
import { platformStatsSentence } from "@domain/present/sentences";
import { CountInput, DateInput, GeneratedText } from "./common";

type C = ContentOf<"platform-stats">;
const CATEGORIES: [keyof Pick<C, "licensing" | "publicService" | "otherPower">, string][] = [
  ["licensing", "行政许可事项"],
  ["publicService", "公共服务事项"],
  ["otherPower", "其它九类行权事项"],
];

/** 办件统计: year-to-date accepted/completed of the three categories, and the sentence they make. */
export function PlatformStatsForm({ content, onChange, disabled }: { content: C; onChange(c: C): void; disabled?: boolean }) {
  const setPair = (key: (typeof CATEGORIES)[number][0], part: keyof Pair, v: number | null) => {
    const cur = content[key] ?? { accepted: null, completed: null };
    const next = { ...cur, [part]: v } as { accepted: number | null; completed: number | null };
    // The model keeps a pair only when both figures are known; a half-entered pair waits in the form.
    onChange({ ...content, [key]: next.accepted === null && next.completed === null ? null : (next as Pair) });
  };
  return (
    <Form layout="vertical" disabled={disabled}>
      <Row gutter={12}>
        <Col span={12}>
          <Field label="数据来源平台">
            <Input value={content.platform} onChange={(e) => onChange({ ...content, platform: e.target.value })} />
          </Field>
        </Col>
        <Col span={12}>
          <Field label="统计范围">
            <Input value={content.scope} onChange={(e) => onChange({ ...content, scope: e.target.value })} />
          </Field>
        </Col>
        <Col span={12}>
          <Field label="统计起始日期" tooltip="一般为当年1月1日">
            <DateInput ariaLabel="统计起始日期" value={content.from} onChange={(v) => onChange({ ...content, from: v })} />
          </Field>
        </Col>
        <Col span={12}>
          <Field label="统计截止日期" tooltip="一般为统计周期的最后一天">
            <DateInput ariaLabel="统计截止日期" value={content.asOf} onChange={(v) => onChange({ ...content, asOf: v })} />
          </Field>
        </Col>
      </Row>
      {CATEGORIES.map(([key, label]) => (
        <Row gutter={12} key={key}>
          <Col span={12}>
            <Field label={`${label}受理（件，年度累计）`}>
              <CountInput ariaLabel={`${label}受理`} value={content[key]?.accepted} onChange={(v) => setPair(key, "accepted", v)} />
            </Field>
          </Col>
          <Col span={12}>
            <Field label={`${label}办结（件，年度累计）`}>
              <CountInput ariaLabel={`${label}办结`} value={content[key]?.completed} onChange={(v) => setPair(key, "completed", v)} />
            </Field>
          </Col>
        </Row>
      ))}
      <GeneratedText>{platformStatsSentence(content)}</GeneratedText>
    </Form>
  );
}
