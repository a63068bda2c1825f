import { ZhoubaoError } from "../../domain/errors.js";
import type { DepartmentRegistry } from "../../domain/departments/registry.js";
import type { IssueDocument } from "../../domain/model/issue.js";
import { walkSections } from "../../domain/tree.js";

/** Every department name an issue attributes something to. */
export function departmentsOf(doc: IssueDocument): string[] {
  const names = new Set<string>();
  for (const s of walkSections(doc.sections)) {
    const c = s.content;
    if (c.kind === "news") for (const i of c.items) for (const d of i.departments) names.add(d);
    if (c.kind === "leader-visits") for (const v of c.visits) names.add(v.department);
  }
  for (const a of doc.attachments) for (const r of a.rows) names.add(r.department);
  return [...names];
}

/** Refuses a document that names a department the registry does not know. */
export function assertKnownDepartments(doc: IssueDocument, registry: DepartmentRegistry): void {
  const unknown = departmentsOf(doc).filter((n) => !registry.has(n));
  if (unknown.length)
    throw new ZhoubaoError(
      "department.unknown",
      `未知的部门：${unknown.join("、")}。请先在“系统设置—部门”中添加，或改用已登记的名称。`,
      { unknown },
    );
}
