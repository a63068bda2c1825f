import { Card, Col, Form, Input, InputNumber, Row, Typography } from "antd";
import { Field } from "../../components/Field";
import type { IssueDocument } from "@domain/model/issue";
import { chinesePeriod, issueNumberLine, chineseDate } from "@domain/present/dates";
import { DateInput, orNull } from "./forms/common";

type Props = { doc: IssueDocument; onChange(patch: Partial<IssueDocument>): void; disabled: boolean };

/** 期号与版记: the masthead (numbers, period, date) and the 报/送/发 lines with the print run. */
export function HeaderForm({ doc, onChange, disabled }: Props) {
  const dist = (k: keyof IssueDocument["distribution"], v: string) => onChange({ distribution: { ...doc.distribution, [k]: orNull(v) } });
  return (
    <Card size="small" title="期号与版记">
      <Typography.Paragraph style={{ background: "#fafafa", padding: "8px 12px", borderRadius: 4 }} data-testid="masthead-preview">
        <span style={{ color: "#c00", fontWeight: 600 }}>{doc.title}</span>　{issueNumberLine(doc)}　{doc.publishedOn ? chineseDate(doc.publishedOn) : "（印发日期未定，发布时自动取当天）"}　（{chinesePeriod(doc.period)}）
      </Typography.Paragraph>
      <Form layout="vertical" disabled={disabled}>
        <Row gutter={12}>
          <Col span={8}>
            <Field label="年份">
              <InputNumber aria-label="年份" value={doc.year} min={1990} max={2200} precision={0} style={{ width: "100%" }} onChange={(v) => v && onChange({ year: Number(v) })} />
            </Field>
          </Col>
          <Col span={8}>
            <Field label="年内期号（第N期）">
              <InputNumber aria-label="年内期号" value={doc.seq} min={1} precision={0} style={{ width: "100%" }} onChange={(v) => v && onChange({ seq: Number(v) })} />
            </Field>
          </Col>
          <Col span={8}>
            <Field label="总期号（总第M期）">
              <InputNumber aria-label="总期号" value={doc.total} min={1} precision={0} style={{ width: "100%" }} onChange={(v) => v && onChange({ total: Number(v) })} />
            </Field>
          </Col>
          <Col span={8}>
            <Field label="统计周期开始">
              <DateInput ariaLabel="统计周期开始" allowClear={false} value={doc.period.start} onChange={(v) => v && onChange({ period: { ...doc.period, start: v } })} />
            </Field>
          </Col>
          <Col span={8}>
            <Field label="统计周期结束">
              <DateInput ariaLabel="统计周期结束" allowClear={false} value={doc.period.end} onChange={(v) => v && onChange({ period: { ...doc.period, end: v } })} />
            </Field>
          </Col>
          <Col span={8}>
            <Field label="印发日期" tooltip="不填则在发布时取发布当天">
              <DateInput ariaLabel="印发日期" opensOn={doc.period.end} value={doc.publishedOn} onChange={(v) => onChange({ publishedOn: v })} />
            </Field>
          </Col>
          <Col span={16}>
            <Field label="编印单位">
              <Input value={doc.issuer} onChange={(e) => onChange({ issuer: e.target.value })} />
            </Field>
          </Col>
          <Col span={8}>
            <Field label="印数（共印N份）">
              <InputNumber aria-label="印数" value={doc.copies} min={1} precision={0} style={{ width: "100%" }} placeholder="未填写" onChange={(v) => onChange({ copies: v ? Number(v) : null })} />
            </Field>
          </Col>
          {(
            [
              ["report", "报（上级）"],
              ["send", "送（平级）"],
              ["issue", "发（下级）"],
            ] as const
          ).map(([k, label]) => (
            <Col span={24} key={k}>
              <Field label={label} tooltip="多个单位用顿号分隔，末尾不加句号">
                <Input.TextArea aria-label={label} autoSize={{ minRows: 1, maxRows: 3 }} value={doc.distribution[k] ?? ""} onChange={(e) => dist(k, e.target.value)} />
              </Field>
            </Col>
          ))}
        </Row>
      </Form>
    </Card>
  );
}
