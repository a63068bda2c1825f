import { chineseDate, chinesePeriod, issueNumberLine } from "../../domain/present/dates.js";
import { headingNumber } from "../../domain/present/numerals.js";
import { ISSUE_STATUS_LABELS, type StoredIssue } from "../../domain/model/issue.js";
import { SECTION_KIND_LABELS, type Section } from "../../domain/model/section.js";
import { factItemCount } from "../../domain/facts/issueFacts.js";

/** Prints an issue's masthead and its section tree as a person reads it. */
export function printOutline(i: StoredIssue, out: (s: string) => void): void {
  out(i.title);
  out(issueNumberLine(i));
  out(`${i.issuer}  ${i.publishedOn ? chineseDate(i.publishedOn) : "（未定印发日期）"}`);
  out(`统计周期：${chinesePeriod(i.period)}    状态：${ISSUE_STATUS_LABELS[i.status]}${i.revision ? `（第${i.revision}次更正）` : ""}`);
  out("");
  const walk = (sections: Section[], depth: number) => {
    sections.forEach((s, idx) => {
      const n = s.level === 0 ? "" : headingNumber(s.level, idx + 1);
      const items = factItemCount(s);
      out(`${"  ".repeat(depth)}${n}${s.heading}  [${SECTION_KIND_LABELS[s.content.kind]}${items !== undefined ? `，${items} 条` : ""}]`);
      walk(s.children, depth + 1);
    });
  };
  walk(i.sections, 0);
  for (const a of i.attachments) out(`附件：${a.title}（${a.rows.length} 行）`);
  const d = i.distribution;
  if (d.report) out(`报：${d.report}。`);
  if (d.send) out(`送：${d.send}。`);
  if (d.issue) out(`发：${d.issue}。`);
  if (i.copies) out(`（共印${i.copies}份）`);
}
