import { Button, Form, Input, Popconfirm, Select, Table } from "antd";
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import type { ContentOf, PolicyList } from "@domain/model/section";
import { policyListsSentence } from "@domain/present/sentences";
import { CountInput, GeneratedText, orNull } from "./common";

type C = ContentOf<"policy-lists">;

/** 惠企政策清单: national and provincial lists with their matter counts. */
export function PolicyListsForm({ content, onChange, disabled }: { content: C; onChange(c: C): void; disabled?: boolean }) {
  const setList = (i: number, patch: Partial<PolicyList>) => onChange({ ...content, lists: content.lists.map((l, j) => (j === i ? { ...l, ...patch } : l)) });
  const add = () =>
    onChange({ ...content, lists: [...content.lists, { level: content.lists.length ? "provincial" : "national", title: "", total: 0, noApplication: 0, fastApplication: 0 }] });
  return (
    <Form layout="vertical" disabled={disabled}>
      <Table<PolicyList & { i: number }>
        size="small"
        pagination={false}
        rowKey="i"
        dataSource={content.lists.map((l, i) => ({ ...l, i }))}
        locale={{ emptyText: disabled ? "没有清单" : "尚无清单，请点击下方“添加清单”" }}
        scroll={{ x: 640 }}
        columns={[
          { title: "级别", width: 100, render: (_, r) => <Select aria-label="清单级别" value={r.level} style={{ width: 90 }} onChange={(v) => setList(r.i, { level: v })} options={[{ value: "national", label: "国家" }, { value: "provincial", label: "省级" }]} /> },
          { title: "清单名称", width: 220, render: (_, r) => <Input aria-label="清单名称" value={r.title} placeholder="不含书名号" onChange={(e) => setList(r.i, { title: e.target.value })} /> },
          { title: "事项总数", width: 110, render: (_, r) => <CountInput ariaLabel="事项总数" value={r.total} onChange={(v) => setList(r.i, { total: v ?? 0 })} /> },
          { title: "免申即享", width: 110, render: (_, r) => <CountInput ariaLabel="免申即享" value={r.noApplication} onChange={(v) => setList(r.i, { noApplication: v ?? 0 })} /> },
          { title: "快申快享", width: 110, render: (_, r) => <CountInput ariaLabel="快申快享" value={r.fastApplication} onChange={(v) => setList(r.i, { fastApplication: v ?? 0 })} /> },
          {
            title: "",
            width: 48,
            render: (_, r) => (
              <Popconfirm title="删除这份清单？" okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => onChange({ ...content, lists: content.lists.filter((_, j) => j !== r.i) })}>
                <Button type="text" danger icon={<DeleteOutlined />} aria-label="删除清单" />
              </Popconfirm>
            ),
          },
        ]}
      />
      <Button icon={<PlusOutlined />} onClick={add} style={{ margin: "8px 0 16px" }}>
        添加清单
      </Button>
      <Form.Item label="补充说明（印在生成的文字之后）">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} value={content.note ?? ""} onChange={(e) => onChange({ ...content, note: orNull(e.target.value) })} />
      </Form.Item>
      <GeneratedText>{policyListsSentence(content) || "（尚未填写）"}</GeneratedText>
    </Form>
  );
}
