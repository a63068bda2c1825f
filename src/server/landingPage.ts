import { chinesePeriod, issueNumberLine } from "../domain/present/dates.js";
import { ISSUE_STATUS_LABELS } from "../domain/model/issue.js";
import type { IssueSummary } from "../store/index.js";

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page at / until the web app is built: the center and its latest issues. */
export function landingPage(center: string, issues: IssueSummary[]): string {
  const rows = issues
    .map((i) => `<tr><td>${esc(issueNumberLine(i))}</td><td>${esc(chinesePeriod(i.period))}</td><td>${ISSUE_STATUS_LABELS[i.status]}</td></tr>`)
    .join("");
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>窗口工作周报 · ${esc(center)}</title>
<style>body{font-family:"Noto Sans CJK SC",sans-serif;margin:2rem auto;max-width:56rem}h1{color:#c00}td,th{padding:.3rem 1rem;border-bottom:1px solid #ddd}</style>
</head><body><h1>窗口工作周报</h1><p>${esc(center)}</p>
<table><thead><tr><th>期号</th><th>统计周期</th><th>状态</th></tr></thead><tbody>${rows || '<tr><td colspan="3">还没有周报</td></tr>'}</tbody></table>
</body></html>`;
}
