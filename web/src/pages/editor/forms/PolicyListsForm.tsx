import { Button, Form, Input, Select } from "antd";
import { Field } from "../../../components/Field";
import { PlusOutlined } from "@ant-design/icons";
import type { ContentOf, PolicyList } from "@domain/model/section";
import { policyListsSentence } from "@domain/present/sentences";
import { CountInput, GeneratedText, orNull } from "./common";
import { RecordGrid } from "./RecordGrid";

type C = ContentOf<"policy-lists">;

/** 惠企政策清单: national and provincial lists with their matter counts. */
export function PolicyListsForm({ content, onChange, disabled }: { content: C; onChange(c: C): void; disabled?: boolean }) {
  // A list has no id: it is found by identity in the array it came from.
  const setList = (r: PolicyList, patch: Partial<PolicyList>) => onChange({ ...content, lists: content.lists.map((l) => (l === r ? { ...l, ...patch } : l)) });
  const add = () =>
    onChange({ ...content, lists: [...content.lists, { level: content.lists.length ? "provincial" : "national", title: "", total: 0, noApplication: 0, fastApplication: 0 }] });
  return (
    <Form layout="vertical" disabled={disabled}>
      <RecordGrid<PolicyList>
        records={content.lists}
        keyOf={(_, i) => String(i)}
        noun={{ count: "份", remove: "清单" }}
        empty={disabled ? "没有清单" : "尚无清单，请点击下方“添加清单”"}
        disabled={disabled}
        onRemove={(i) => onChange({ ...content, lists: content.lists.filter((_, j) => j !== i) })}
        fields={[
          { label: "级别", render: (r, id) => <Select id={id} aria-label="清单级别" value={r.level} style={{ width: "100%" }} onChange={(v) => setList(r, { level: v })} options={[{ value: "national", label: "国家" }, { value: "provincial", label: "省级" }]} /> },
          { label: "清单名称", render: (r, id) => <Input id={id} aria-label="清单名称" value={r.title} placeholder="不含书名号" onChange={(e) => setList(r, { title: e.target.value })} /> },
          { label: "事项总数", render: (r, id) => <CountInput id={id} ariaLabel="事项总数" value={r.total} onChange={(v) => setList(r, { total: v ?? 0 })} /> },
          { label: "免申即享", render: (r, id) => <CountInput id={id} ariaLabel="免申即享" value={r.noApplication} onChange={(v) => setList(r, { noApplication: v ?? 0 })} /> },
          { label: "快申快享", render: (r, id) => <CountInput id={id} ariaLabel="快申快享" value={r.fastApplication} onChange={(v) => setList(r, { fastApplication: v ?? 0 })} /> },
        ]}
      />
      <Button icon={<PlusOutlined />} onClick={add} style={{ margin: "8px 0 16px" }}>
        添加清单
      </Button>
      <Field label="补充说明（印在生成的文字之后）">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} value={content.note ?? ""} onChange={(e) => onChange({ ...content, note: orNull(e.target.value) })} />
      </Field>
      <GeneratedText>{policyListsSentence(content) || "（尚未填写）"}</GeneratedText>
    </Form>
  );
}
