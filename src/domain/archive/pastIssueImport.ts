import { z } from "zod";
import { finding } from "../checks/finding.js";

/**
 * What one uploaded past issue became: the server's answer to POST /api/imports (its
 * response schema) and what the web app's 导入 page shows per file.
 */
export const pastIssueImport = z.object({
  file: z.string(),
  issue: z.object({
    ref: z.string(),
    year: z.number().int(),
    seq: z.number().int(),
    total: z.number().int(),
    period: z.object({ start: z.string(), end: z.string() }),
  }),
  stored: z.boolean().describe("试运行时为 false"),
  replaced: z.boolean(),
  sections: z.number().int().describe("读出的栏目数"),
  unparsed: z.array(z.object({ line: z.number().int(), text: z.string() })).describe("未能归入任何栏目的原文行"),
  problems: z.array(z.object({ code: z.string(), message: z.string(), line: z.number().int().nullable() })),
  findings: z.array(finding).describe("校核结果：往期周报照原样导入，其中的错误（如总期号与年内期号之差变化）列在这里"),
});
export type PastIssueImport = z.infer<typeof pastIssueImport>;
