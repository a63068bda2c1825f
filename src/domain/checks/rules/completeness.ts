import type { IssueDocument } from "../../model/issue.js";
import type { Section, SectionContent } from "../../model/section.js";
import { walkSections } from "../../tree.js";
import { found, placeIn, type IssueView } from "../context.js";
import type { Finding } from "../finding.js";

/** A section that says it has nothing this week: 本周无厅（局）长进大厅。 本周没有新增清单。 */
export const SAYS_NONE = /本周(无|没有|未)/;

/** The figures of a data section not yet entered, as [field, what] in printing order. */
export function missingFigures(c: SectionContent): [field: string, what: string][] {
  const missing = (pairs: [string, unknown, string][]) =>
    pairs.filter(([, v]) => v === null || v === undefined).map(([f, , what]) => [f, what] as [string, string]);
  switch (c.kind) {
    case "platform-stats":
      return missing([
        ["from", c.from, "统计起始日期"],
        ["asOf", c.asOf, "统计截止日期"],
        ["licensing", c.licensing, "行政许可事项受理数和办结数"],
        ["publicService", c.publicService, "公共服务事项受理数和办结数"],
        ["otherPower", c.otherPower, "其它九类行权事项受理数和办结数"],
      ]);
    case "window-counts":
      return missing([
        ["week", c.week, "本周咨询、受理、颁发、流转数"],
        ["ytd", c.ytd, "今年以来累计数"],
      ]);
    case "manual-progress":
      return missing([
        ["completed", c.completed, "已完成受理工作手册编制的办理项数"],
        ["percent", c.percent, "占比"],
      ]);
    case "policy-lists":
      // A week with no list to report may say so in the note instead.
      return c.lists.length || SAYS_NONE.test(c.note ?? "") ? [] : [["lists", "惠企政策清单及其事项数"]];
    default:
      return [];
  }
}

/**
 * content.figures-missing (error): a statistics section (办件统计, 综窗办件, 受理手册,
 * 惠企政策清单) or an assessment attachment without its figures: it would print ＿＿ or
 * nothing where the numbers belong.
 *
 * @example "“省本级综窗办件情况”尚未填写本周咨询、受理、颁发、流转数、今年以来累计数。"
 */
export function contentFiguresMissing(view: IssueView): Finding[] {
  const out: Finding[] = [];
  for (const s of walkSections(view.doc.sections)) {
    const missing = missingFigures(s.content);
    if (!missing.length) continue;
    out.push(found("content.figures-missing", `“${s.heading}”尚未填写${missing.map(([, what]) => what).join("、")}。`, placeIn(s, missing[0][0])));
  }
  view.doc.attachments.forEach((a, i) => {
    if (a.rows.length) return;
    const place = { section: `附件：${a.title}`, sectionId: null, field: `attachments[${i}].rows` };
    out.push(found("content.figures-missing", `附件《${a.title}》没有考核数据；请填入各部门得分，或删除该附件。`, place));
  });
  return out;
}

/** True when a section prints nothing under its heading. */
function isEmpty(s: Section): boolean {
  const c = s.content;
  const blank = (t: string | null | undefined) => !t?.trim();
  switch (c.kind) {
    case "part":
    case "group":
      return s.children.length === 0;
    case "news":
      return blank(c.intro) && c.items.every((i) => blank(i.text));
    case "leader-visits":
      // An untouched section would print 本周无厅（局）长进大厅。 — a statement nobody made;
      // the editor writes it in the summary when it is so.
      return blank(c.summary) && c.visits.length === 0;
    case "inspection":
      return blank(c.intro) && c.items.length === 0;
    case "text":
      return c.paragraphs.every(blank);
    default:
      return false; // data sections: content.figures-missing
  }
}

/**
 * The sections still to be filled in: data sections lacking figures and sections with
 * nothing under their heading — what content.figures-missing and content.empty-section
 * report, as a list (the web app's 首页 shows it as a task).
 *
 * @example unfilledSections(untouchedDoc).map((s) => s.heading); // ["惠企政策直达快享专项行动", "政务工作动态", …]
 */
export function unfilledSections(doc: IssueDocument): Section[] {
  return [...walkSections(doc.sections)].filter((s) => missingFigures(s.content).length > 0 || isEmpty(s));
}

/**
 * content.empty-section (error): a section with nothing under its heading. A section
 * that has nothing this week says so (本周无……) rather than staying empty.
 *
 * @example "“窗口服务效能提升工作情况”没有内容；如本周确实没有，请写明“本周无……”。"
 */
export function contentEmptySection(view: IssueView): Finding[] {
  const out: Finding[] = [];
  for (const s of walkSections(view.doc.sections)) {
    if (!isEmpty(s)) continue;
    const hint =
      s.content.kind === "leader-visits"
        ? "如本周没有厅（局）长进大厅，请在概述中写明“本周无厅（局）长进大厅。”"
        : s.content.kind === "group" || s.content.kind === "part"
          ? "请添加下级栏目，或删除该栏目。"
          : "如本周确实没有，请写明“本周无……”。";
    const field = s.content.kind === "leader-visits" ? "summary" : null;
    out.push(found("content.empty-section", `“${s.heading}”没有内容；${hint}`, placeIn(s, field)));
  }
  return out;
}
