import { printedParts } from "../../present/printed.js";
import { walkSections } from "../../tree.js";
import { found, placeIn, placeInHeader, type IssueView, type Place } from "../context.js";
import type { Finding } from "../finding.js";
import { missingFigures } from "./completeness.js";

/**
 * Placeholders that must not go out: ＿＿ (how a figure not entered prints), typed
 * underscores, and ×× (the usual stand-in for a name or date in a draft).
 */
const BLANK = /＿+|_{2,}|[×Ｘ]{2,}/;

/** "…省本级行政许可事项受理＿＿件…": the blank to fill with a few characters either side. */
function excerpt(text: string, at: number, length: number): string {
  const from = Math.max(0, at - 12);
  const to = Math.min(text.length, at + length + 12);
  return `${from > 0 ? "…" : ""}${text.slice(from, to)}${to < text.length ? "…" : ""}`;
}

function blankIn(text: string): string | null {
  const m = BLANK.exec(text);
  return m ? excerpt(text, m.index, m[0].length) : null;
}

/**
 * content.blank (error): the printed text — masthead, headings, typed paragraphs and the
 * sentences generated from figures — still holds a blank to fill (＿＿, ××); one finding per place.
 * A generated sentence is skipped while its section lacks figures: content.figures-missing
 * already names them, more usefully than ＿＿ does.
 *
 * @example "“政务工作动态”的印发文字中留有空白：“…窗口本周办件＿＿件…”，请补全后再提交。"
 */
export function contentBlank(view: IssueView): Finding[] {
  const out: Finding[] = [];
  const report = (where: string, text: string, place: Place) => {
    const seen = blankIn(text);
    if (seen) out.push(found("content.blank", `${where}的印发文字中留有空白：“${seen}”，请补全后再提交。`, place));
  };
  const { doc } = view;
  report("报头", doc.title, placeInHeader("title"));
  report("报头", doc.issuer, placeInHeader("issuer"));
  for (const key of ["report", "send", "issue"] as const) report("版记", doc.distribution[key] ?? "", placeInHeader(`distribution.${key}`));
  for (const s of walkSections(doc.sections)) {
    const figuresMissing = missingFigures(s.content).length > 0;
    const kept = (s.verbatim ?? []).map((v, i) => ({ field: `verbatim[${i}]`, text: v.text }));
    const parts = [{ field: "heading", text: s.heading }, ...printedParts(s.content), ...kept];
    const hit = parts.find((p) => (p.field !== null || !figuresMissing) && blankIn(p.text));
    if (hit) report(`“${s.heading}”`, hit.text, placeIn(s, hit.field));
  }
  doc.attachments.forEach((a, i) =>
    report(`附件《${a.title}》`, [a.title, ...a.rows.map((r) => r.department)].join("、"), {
      section: `附件：${a.title}`,
      sectionId: null,
      field: `attachments[${i}]`,
    }),
  );
  return out;
}
