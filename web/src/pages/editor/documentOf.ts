import { headerOf, type IssueDocument } from "@domain/model/issue";
import type { Section } from "@domain/model/section";
import { walkSections } from "@domain/tree";

/** The editable document of a stored issue: header, tree and attachments, without identity or state. */
export function documentOf(i: IssueDocument): IssueDocument {
  return {
    ...headerOf(i),
    sections: i.sections,
    attachments: i.attachments ?? [],
  };
}

const PAIRS = [
  ["licensing", "行政许可事项"],
  ["publicService", "公共服务事项"],
  ["otherPower", "其它九类行权事项"],
] as const;
const MEASURES = ["consulted", "accepted", "issued", "circulated"] as const;

/**
 * Figures entered halfway, which the model cannot store (a pair needs both counts, a
 * week of the front desk all four): named in Chinese so the clerk knows what to finish.
 *
 * @example
 * incompleteFigures(doc); // ["“省级政务服务事项受理办理情况”：行政许可事项的办结数"]
 */
export function incompleteFigures(doc: IssueDocument): string[] {
  const out: string[] = [];
  const at = (s: Section) => `“${s.heading}”`;
  for (const s of walkSections(doc.sections)) {
    const c = s.content;
    if (c.kind === "platform-stats")
      for (const [k, label] of PAIRS) {
        const p = c[k] as { accepted: number | null; completed: number | null } | null;
        if (p && (p.accepted === null || p.completed === null)) out.push(`${at(s)}：${label}的${p.accepted === null ? "受理数" : "办结数"}`);
      }
    if (c.kind === "window-counts")
      for (const w of ["week", "ytd"] as const) {
        const m = c[w] as Record<string, number | null | undefined> | null;
        if (m && MEASURES.some((k) => m[k] === null || m[k] === undefined)) out.push(`${at(s)}：${w === "week" ? "本周" : "今年以来"}的四项数字需全部填写`);
      }
    if (c.kind === "news") c.items.forEach((it, i) => !it.text.trim() && out.push(`${at(s)}：第${i + 1}条动态内容为空`));
    if (c.kind === "leader-visits") c.visits.forEach((v, i) => (!v.person.trim() || !v.department) && out.push(`${at(s)}：第${i + 1}位的部门和姓名`));
    if (!s.heading.trim()) out.push("有栏目标题为空");
  }
  return out;
}
