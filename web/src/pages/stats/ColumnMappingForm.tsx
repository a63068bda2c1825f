import { useState } from "react";
import { Field } from "../../components/Field";
import { Alert, Button, Form, Select, Space } from "antd";
import { LEDGER_FIELDS, type ColumnMapping } from "@domain/ledger/ledgerFields";

/** What ledger.bad-mapping says about the file: its ledger, the fields not found, its header. */
export type MappingProblem = { ledger: "cases" | "desk"; missingFields: string[]; header: string[] };

/** The details of an error when it is a missing-columns error the user can fix by choosing columns. */
export function mappingProblemOf(e: unknown): MappingProblem | null {
  const err = e as { code?: string; details?: Partial<MappingProblem> } | null;
  const d = err?.details;
  if (err?.code !== "ledger.bad-mapping" || !d?.ledger || !Array.isArray(d.missingFields) || !Array.isArray(d.header)) return null;
  return { ledger: d.ledger, missingFields: d.missingFields, header: d.header.filter((h) => String(h ?? "").trim()) };
}

/**
 * 列对应: the export's headers differ from the usual ones, so the user picks, for each
 * field the importer did not find, the column of the file that holds it.
 */
export function ColumnMappingForm({ problem, busy, onSubmit }: { problem: MappingProblem; busy: boolean; onSubmit(mapping: ColumnMapping): void }) {
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const fields = LEDGER_FIELDS[problem.ledger].filter((f) => problem.missingFields.includes(f.field));
  const complete = fields.every((f) => mapping[f.field]);
  return (
    <Alert
      type="info"
      showIcon
      title="列对应：文件的列名与常用列名不同，请为下列各项选择文件中的列"
      description={
        <Space orientation="vertical" style={{ width: "100%" }}>
          <Form layout="inline">
            {fields.map((f) => (
              <Field key={f.field} label={f.label} required>
                <Select
                  aria-label={`${f.label}对应的列`}
                  style={{ minWidth: 180 }}
                  placeholder="选择文件中的列"
                  value={mapping[f.field]}
                  onChange={(v: string) => setMapping((m) => ({ ...m, [f.field]: v }))}
                  options={problem.header.map((h) => ({ value: h, label: h }))}
                />
              </Field>
            ))}
          </Form>
          <Space wrap>
            <Button type="primary" disabled={!complete} loading={busy} onClick={() => onSubmit(mapping)}>
              按此对应重新导入
            </Button>
            <span>填写了“数据来源名称”时，这一对应关系会保存下来，下次同一来源不必再选。</span>
          </Space>
        </Space>
      }
    />
  );
}
