import { Collapse, Table, Tag } from "antd";
import { CHECK_CODES, SEVERITIES, SEVERITY_LABELS } from "@domain/checks/codes";
import type { Finding } from "@domain/checks/finding";
import type { ImportResult } from "../../api/imports";

const COLORS = { error: "red", warning: "orange", info: "blue" } as const;

/** One tag per severity that occurs: “校核错误 2”, “校核警告 1”. */
export function findingTags(findings: Finding[]) {
  return SEVERITIES.map((s) => {
    const n = findings.filter((f) => f.severity === s).length;
    return n ? (
      <Tag key={s} color={COLORS[s]} data-testid={`import-findings-${s}`}>
        校核{SEVERITY_LABELS[s]} {n}
      </Tag>
    ) : null;
  });
}

/**
 * What one imported file left to look at: the lines not understood (kept verbatim in the
 * issue, marked for review), the parser's notes and the check findings (a past
 * issue is stored as printed; its errors are listed here and in the editor's 校核).
 */
export function ImportDetails({ result }: { result: ImportResult }) {
  return (
    <Collapse
      size="small"
      defaultActiveKey={["findings", "unparsed"]}
      items={[
        ...(result.findings.length
          ? [
              {
                key: "findings",
                label: `校核结果（${result.findings.length}）`,
                children: (
                  <ul style={{ margin: 0 }} data-testid="import-findings">
                    {result.findings.map((f, i) => (
                      <li key={i}>
                        <Tag color={COLORS[f.severity]}>{SEVERITY_LABELS[f.severity]}</Tag>
                        {CHECK_CODES[f.code]?.title ?? f.code}：{f.message}
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]
          : []),
        ...(result.unparsed.length
          ? [
              {
                key: "unparsed",
                label: `未识别的行（${result.unparsed.length}，已按原文保留在所在栏目，请在编辑页核对）`,
                children: <Table size="small" pagination={{ pageSize: 20 }} rowKey="line" dataSource={result.unparsed} columns={[{ title: "行号", dataIndex: "line", width: 80 }, { title: "原文", dataIndex: "text" }]} />,
              },
            ]
          : []),
        ...(result.problems.length
          ? [{ key: "problems", label: `提示（${result.problems.length}）`, children: <ul style={{ margin: 0 }}>{result.problems.map((p, i) => <li key={i}>{p.line ? `第 ${p.line} 行：` : ""}{p.message}</li>)}</ul> }]
          : []),
      ]}
    />
  );
}
