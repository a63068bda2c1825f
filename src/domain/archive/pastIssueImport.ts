import { z } from "zod";

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
});
export type PastIssueImport = z.infer<typeof pastIssueImport>;
