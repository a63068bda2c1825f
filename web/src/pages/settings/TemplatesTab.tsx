import { useMemo, useState } from "react";
import { App, Button, Card, Col, Input, Popconfirm, Row, Select, Space, Tag, Tree, Typography } from "antd";
import type { Section } from "@domain/model/section";
import { SECTION_KIND_LABELS } from "@domain/model/section";
import { BUILTIN_TEMPLATES, builtinTemplate, type BuiltinTemplate } from "@domain/templates/builtin";
import { listIssues, ref } from "../../api/issues";
import { listTemplates, removeTemplate, saveTemplate } from "../../api/templates";
import { useUser } from "../../auth/AuthProvider";
import { ErrorBox, isMissingEndpoint, messageOf, MissingEndpoint } from "../../components/Feedback";
import { useRequest } from "../../hooks/useRequest";
import { numberingOf } from "../editor/treeOps";

/** A template's outline as a tree with the printed numbering and each section's kind. */
function Outline({ sections }: { sections: Section[] }) {
  const numbers = numberingOf(sections);
  type Node = { key: string; title: React.ReactNode; children: Node[] };
  const nodes = (list: Section[]): Node[] =>
    list.map((s) => ({ key: s.id, title: <span>{numbers.get(s.id)}{s.heading} <Tag style={{ fontSize: 11 }}>{SECTION_KIND_LABELS[s.content.kind]}</Tag></span>, children: nodes(s.children) }));
  return <Tree treeData={nodes(sections)} defaultExpandAll selectable={false} />;
}

/** 栏目模板: the two built-in generations and the center's saved trees; a new issue starts from one of them. */
export default function TemplatesTab() {
  const user = useUser();
  const { message } = App.useApp();
  const saved = useRequest(() => listTemplates(), []);
  const issues = useRequest(() => listIssues({ limit: 30 }), []);
  const [name, setName] = useState("");
  const [from, setFrom] = useState<string>();
  const missing = isMissingEndpoint(saved.error);
  // Built once: a template gets fresh section ids each time it is built, and the tree keys must stay put.
  const builtins = useMemo(() => (Object.keys(BUILTIN_TEMPLATES) as BuiltinTemplate[]).map((k) => [k, builtinTemplate(k)] as const), []);

  const run = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      message.success(done);
      await saved.reload();
    } catch (e) {
      message.error(messageOf(e));
    }
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      {missing ? <MissingEndpoint what="保存自定义模板" endpoint="GET/POST /api/templates、DELETE /api/templates/{name}" /> : saved.error ? <ErrorBox error={saved.error} retry={saved.reload} /> : null}
      {/* No negative side margins: the tab has no padding for the gutter to reach into. */}
      <Row gutter={[16, 16]} style={{ marginInline: 0 }}>
        {builtins.map(([k, tree]) => (
          <Col xs={24} lg={12} key={k}>
            <Card size="small" title={`内置：${BUILTIN_TEMPLATES[k].name}`}>
              <Outline sections={tree} />
            </Card>
          </Col>
        ))}
        {(saved.data ?? []).map((t) => (
          <Col xs={24} lg={12} key={t.name}>
            <Card
              size="small"
              title={`自定义：${t.name}`}
              extra={
                user.role === "admin" || user.role === "editor" ? (
                  <Popconfirm title={`删除模板“${t.name}”？`} okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => run(() => removeTemplate(t.name), "已删除。")}>
                    <Button size="small" danger>
                      删除
                    </Button>
                  </Popconfirm>
                ) : null
              }
            >
              <Outline sections={t.sections} />
            </Card>
          </Col>
        ))}
      </Row>
      {!missing ? (
        <Card size="small" title="把某一期的栏目结构保存为模板">
          <Space wrap>
            <Select aria-label="期号" placeholder="选择一期" style={{ width: 200 }} value={from} onChange={setFrom} options={(issues.data ?? []).map((i) => ({ value: ref(i), label: `${i.year}年第${i.seq}期` }))} />
            <Input aria-label="模板名称" placeholder="模板名称" value={name} onChange={(e) => setName(e.target.value)} style={{ width: 240 }} />
            <Button type="primary" disabled={!from || name.trim().length < 2} onClick={() => run(() => saveTemplate(name.trim(), from!), "已保存为模板。")}>
              保存为模板
            </Button>
          </Space>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            只保存栏目标题、层级和类型，不保存内容。新建周报时可选择此模板。
          </Typography.Paragraph>
        </Card>
      ) : null}
    </Space>
  );
}
