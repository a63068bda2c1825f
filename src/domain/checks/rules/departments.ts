import type { Place } from "../context.js";
import { found, placeIn, sectionsOf, type IssueView, type RuleContext } from "../context.js";
import type { Finding } from "../finding.js";

/**
 * department.unknown (warning): a department named in a leader visit, a news item, the
 * manual progress or an assessment row that the registry cannot resolve, even by alias.
 * A new window or a renamed department is added to the registry, or the name fixed.
 *
 * @example visit by “省大数据局” → "厅（局）长进大厅中的部门“省大数据局”不在进驻部门名录中…"
 */
export function departmentUnknown(view: IssueView, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const check = (name: string | null, where: string, place: Place) => {
    if (name === null || !name.trim() || ctx.registry.resolve(name) !== null) return;
    out.push(
      found("department.unknown", `${where}中的部门“${name}”不在进驻部门名录中，请核对名称，或在部门名录中添加该部门或别名。`, place),
    );
  };
  for (const s of sectionsOf(view, "leader-visits"))
    s.content.visits.forEach((v, i) => check(v.department, s.heading, placeIn(s, `visits[${i}].department`)));
  for (const s of sectionsOf(view, "news"))
    s.content.items.forEach((item, i) =>
      item.departments.forEach((d, j) => check(d, s.heading, placeIn(s, `items[${i}].departments[${j}]`))),
    );
  for (const s of sectionsOf(view, "manual-progress"))
    check(s.content.addedDepartment, s.heading, placeIn(s, "addedDepartment"));
  view.doc.attachments.forEach((a, k) => {
    if (a.kind !== "assessment") return;
    a.rows.forEach((r, i) =>
      check(r.department, `附件《${a.title}》`, {
        section: `附件：${a.title}`,
        sectionId: null,
        field: `attachments[${k}].rows[${i}].department`,
      }),
    );
  });
  return out;
}
