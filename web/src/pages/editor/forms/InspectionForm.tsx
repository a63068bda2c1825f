import { Alert, Button, Form, Input, Space } from "antd";
import { Field } from "../../../components/Field";
import type { ContentOf } from "@domain/model/section";
import { defaultInspectionItems, InspectionItems } from "./InspectionItems";
import { orNull } from "./common";

type C = ContentOf<"inspection">;

/** 大厅巡查 section of an issue: intro and the six items (or those an inspector recorded). */
export function InspectionForm({ content, onChange, disabled, extra }: { content: C; onChange(c: C): void; disabled?: boolean; extra?: React.ReactNode }) {
  return (
    <Form layout="vertical" disabled={disabled}>
      <Field label="导语（可不填）">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} value={content.intro ?? ""} onChange={(e) => onChange({ ...content, intro: orNull(e.target.value) })} />
      </Field>
      {content.items.length === 0 ? (
        <Alert
          type="info"
          showIcon
          title="本节还没有巡查项目"
          action={<Button onClick={() => onChange({ ...content, items: defaultInspectionItems() })}>填入六项标准项目</Button>}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <InspectionItems items={content.items} onChange={(items) => onChange({ ...content, items })} disabled={disabled} />
      <Space style={{ marginTop: 12 }}>{extra}</Space>
    </Form>
  );
}
