import { Button, Col, Form, InputNumber, Row, Space } from "antd";
import { Field } from "../../../components/Field";
import type { ContentOf } from "@domain/model/section";
import { manualProgressSentences } from "@domain/present/sentences";
import { CountInput, GeneratedText } from "./common";
import { DepartmentSelect } from "../../../components/DepartmentSelect";
import { truncatedPercent } from "./percent";

type C = ContentOf<"manual-progress">;


/** 受理手册编制: handling items with a manual this week and in all, and the share. */
export function ManualProgressForm({ content, onChange, disabled }: { content: C; onChange(c: C): void; disabled?: boolean }) {
  const canCompute = content.completed !== null && !!content.totalItems;
  return (
    <Form layout="vertical" disabled={disabled}>
      <Row gutter={12}>
        <Col span={12}>
          <Field label="本周新完成（个办理项）">
            <CountInput ariaLabel="本周新完成" value={content.addedThisWeek} onChange={(v) => onChange({ ...content, addedThisWeek: v })} />
          </Field>
        </Col>
        <Col span={12}>
          <Field label="本周完成的部门（可不填）">
            <DepartmentSelect value={content.addedDepartment} onChange={(v) => onChange({ ...content, addedDepartment: v })} />
          </Field>
        </Col>
        <Col span={8}>
          <Field label="累计完成（个）">
            <CountInput ariaLabel="累计完成" value={content.completed} onChange={(v) => onChange({ ...content, completed: v })} />
          </Field>
        </Col>
        <Col span={8}>
          <Field label="办理项总数（个）">
            <CountInput ariaLabel="办理项总数" value={content.totalItems} onChange={(v) => onChange({ ...content, totalItems: v })} />
          </Field>
        </Col>
        <Col span={8}>
          <Field label="占比（%）">
            {(id) => (
              <Space.Compact style={{ width: "100%" }}>
                <InputNumber
                  id={id}
                  aria-label="占比"
                  value={content.percent}
                  min={0}
                  max={100}
                  precision={2}
                  style={{ width: "100%" }}
                  placeholder="未填写"
                  onChange={(v) => onChange({ ...content, percent: v === null ? null : Number(v) })}
                />
                <Button
                  disabled={!canCompute}
                  title="按累计完成数 ÷ 办理项总数计算（截去两位小数以后的部分）"
                  onClick={() => canCompute && onChange({ ...content, percent: truncatedPercent(content.completed!, content.totalItems!) })}
                >
                  计算
                </Button>
              </Space.Compact>
            )}
          </Field>
        </Col>
      </Row>
      <GeneratedText>
        {manualProgressSentences(content).map((s, i) => (
          <div key={i}>{s}</div>
        ))}
      </GeneratedText>
    </Form>
  );
}
