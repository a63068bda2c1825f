import { walkSections } from "../../tree.js";
import { found, placeIn, type IssueView } from "../context.js";
import type { Finding } from "../finding.js";

/** The first characters of a paragraph, to name it in a message. */
const opening = (text: string) => (text.length > 24 ? `${text.slice(0, 24)}…` : text);

/**
 * content.unreviewed (error): a paragraph the importer kept verbatim because it could not
 * place it (“原文未能识别，请核对”) and that no editor has yet read against the source.
 * It prints like any paragraph, so it must be confirmed or corrected before 签发; a past
 * issue still imports with it (the finding is listed, not a refusal).
 *
 * @example verbatim paragraph of line 23 → "“厅（局）长进大厅”中第 23 行的原文未能识别：“（3）9月22日上午…”，请对照原文核对后确认或修改。"
 */
export function contentUnreviewed({ doc }: IssueView): Finding[] {
  const out: Finding[] = [];
  for (const s of walkSections(doc.sections))
    (s.verbatim ?? []).forEach((v, i) => {
      if (v.reviewed) return;
      const where = v.line ? `第 ${v.line} 行的` : "一段";
      out.push(found("content.unreviewed", `“${s.heading}”中${where}原文未能识别：“${opening(v.text)}”，请对照原文核对后确认或修改。`, placeIn(s, `verbatim[${i}]`)));
    });
  return out;
}
