import { z } from "zod";
import { INT4_MAX, queryInt } from "../../../domain/model/bounded.js";
import { finding, findingOverride } from "../../../domain/checks/index.js";
import { attachment } from "../../../domain/model/assessment.js";
import { issueHeader, issueStatus } from "../../../domain/model/issue.js";
import { section } from "../../../domain/model/section.js";
import { ISSUE_ACTIONS } from "../../../services/issuePublisher.js";

export const issueSummary = issueHeader.extend({
  ref: z.string().describe("期号：年份-期号"),
  id: z.number().int(),
  status: issueStatus,
  statusLabel: z.string(),
  revision: z.number().int().describe("已发布的版次；0 表示尚未发布"),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type IssueSummaryBody = z.infer<typeof issueSummary>;

export const workflowBody = z.object({
  submittedBy: z.string().nullable(),
  submittedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  publishedAt: z.string().nullable(),
  comment: z.string().nullable(),
});

/** How the issue's DOCX and PDF lay out their pages (render pageLayout). */
export const pageLayout = z.object({
  followsOriginal: z.boolean().describe("按导入原件的分页排版（原件的每个分页处都还在正文中）"),
  originalPages: z.number().int().nullable().describe("导入原件的页数；不是从印发的原件导入时为 null"),
});

/** Characters the PDF prints in another face than the body's (render pdfStandIns). */
export const pdfStandIns = z
  .array(z.object({ face: z.string().nullable().describe("印出这些字的字体；null 表示代用字体中也没有，可能印不出"), characters: z.string() }))
  .describe("正文字体中没有、PDF 中由其他字体补出的字（如“昇”“镕”）");

/** An issue with its tree, the findings of the checks and the workflow. */
export const issueView = issueSummary.extend({
  pageLayout,
  pdfStandIns,
  sections: z.array(section),
  attachments: z.array(attachment),
  findings: z.array(finding),
  overrides: z.array(findingOverride),
  workflow: workflowBody,
});
export type IssueViewBody = z.infer<typeof issueView>;

export const issueListQuery = z.object({
  year: z.coerce.number().int().min(1990).max(2200).optional(),
  limit: z.coerce.number().int().min(1).max(2000).optional(),
});
export const issueList = z.object({ issues: z.array(issueSummary) });

export const createIssueBody = z.object({
  year: z.number().int().optional(),
  seq: z.number().int().positive().max(999).optional(),
  total: z.number().int().positive().max(INT4_MAX).optional(),
  period: z.object({ start: z.string(), end: z.string() }).optional(),
  publishedOn: z.string().nullable().optional(),
  template: z.string().optional().describe("2022、2023 或已保存模板名；缺省沿用上一期"),
});
export const createdIssue = z.object({ issue: issueView, warnings: z.array(z.string()) });

export const saveIssueBody = z.object({
  document: z.unknown().describe("整期周报（IssueDocument：刊头、栏目树、附件）"),
  updatedAt: z.string().optional().describe("读取时的 updatedAt；不一致则拒绝（防止覆盖他人的修改）"),
});

export const transitionBody = z.object({
  action: z.enum(ISSUE_ACTIONS).describe("submit 提交审核 · approve 签发 · publish 发布 · reopen 退回草稿"),
  comment: z.string().max(500).optional(),
});

export const overridesBody = z.object({ overrides: z.array(findingOverride) });

export const correctionBody = z.object({
  reason: z.string().describe("更正理由"),
  document: z.unknown().describe("更正后的整期周报"),
  overrides: z.array(findingOverride).optional().describe("更正后出现的警告的忽略理由（替换原有理由）"),
});

export const revisionSummary = z.object({
  revision: z.number().int(),
  reason: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export const revisionList = z.object({ revisions: z.array(revisionSummary) });
export const revisionView = revisionSummary.extend({ document: z.unknown().describe("该版的整期周报") });

export const documentParams = z.object({ ref: z.string().max(12), format: z.enum(["docx", "pdf", "html"]) });
export const documentQuery = z.object({ revision: queryInt().optional() });

/** GET /api/render/fonts: which face prints each official font of the PDF. */
export const pdfFontsView = z.object({
  fonts: z
    .array(z.object({ official: z.string(), role: z.string(), face: z.string().nullable(), isOfficial: z.boolean() }))
    .describe("公文字体（仿宋_GB2312 等）→ 本机 PDF 实际使用的字体"),
  advice: z.string().nullable().describe("缺少公文字体时的说明与安装建议"),
});
export type PdfFontsBody = z.infer<typeof pdfFontsView>;
