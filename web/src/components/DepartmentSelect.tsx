import { Select } from "antd";
import { useDepartments } from "../hooks/useDepartments";

type Single = { value: string | null | undefined; onChange(v: string | null): void; multiple?: false };
type Multi = { value: string[]; onChange(v: string[]): void; multiple: true };

/**
 * Picks departments by canonical name; typing an alias (应急厅) finds the department
 * (应急管理厅) because aliases are searched too.
 */
export function DepartmentSelect(props: (Single | Multi) & { placeholder?: string; disabled?: boolean; style?: React.CSSProperties; ariaLabel?: string; id?: string }) {
  const { departments, loading } = useDepartments();
  const options = departments.filter((d) => d.active !== false).map((d) => ({ value: d.name, label: d.name, search: [d.name, ...d.aliases].join(" ") }));
  const common = {
    "aria-label": props.ariaLabel ?? "部门",
    // Form.Item passes the id its label points at.
    id: props.id,
    loading,
    showSearch: { optionFilterProp: "search" },
    options,
    placeholder: props.placeholder ?? "选择部门（可输入简称搜索）",
    disabled: props.disabled,
    style: { width: "100%", ...props.style },
    allowClear: true,
    notFoundContent: loading ? "正在加载部门……" : "没有匹配的部门",
  } as const;
  if (props.multiple) return <Select {...common} mode="multiple" value={props.value} onChange={(v: string[]) => props.onChange(v)} />;
  return <Select {...common} value={props.value ?? undefined} onChange={(v: string | undefined) => props.onChange(v ?? null)} />;
}
