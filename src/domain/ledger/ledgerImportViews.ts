import { z } from "zod";

/**
 * What the server says about ledger imports (the response schemas of /api/ledger/…) and
 * what the web app's 从台账导入 card shows: one definition for both.
 */

/** The answer to an upload: rows read, stored, updated and rejected with reasons. */
export const ledgerImport = z.object({
  kind: z.enum(["cases", "desk"]),
  file: z.string(),
  rows: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int().describe("已导入过且未变的行（重复导入不重复计数）"),
  rejected: z.array(z.object({ line: z.number().int(), reason: z.string() })).describe("拒收的行（最多前 1000 行）"),
  rejectedCount: z.number().int().describe("拒收行总数"),
  rejectionsByKind: z.record(z.string(), z.number().int()),
  seconds: z.number(),
});
export type LedgerImport = z.infer<typeof ledgerImport>;

/** The key an uploading page chooses to follow its import (a random UUID does). */
export const progressKey = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, "进度编号应为 8 至 64 位字母、数字、下划线或连字符")
  .describe("上传页面自选的进度编号");

const counts = { inserted: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), rejected: z.number().int(), batches: z.number().int() };

export const ledgerImportState = z.object({
  phase: z.enum(["importing", "done", "failed"]),
  ledger: z.enum(["cases", "desk"]),
  file: z.string(),
  bytes: z.number().int().describe("已读字节"),
  totalBytes: z.number().int(),
  rows: z.number().int(),
  ...counts,
  error: z.string().nullable(),
  startedAt: z.string(),
  updatedAt: z.string(),
});

export const ledgerImportLog = z.object({
  id: z.number().int(),
  ledger: z.enum(["cases", "desk"]),
  source: z.string().nullable(),
  fileName: z.string(),
  status: z.enum(["running", "interrupted", "done", "failed"]).describe("running：进行中；interrupted：导入进程已中断（重新导入该文件即可补全）"),
  rowsRead: z.number().int(),
  ...counts,
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type LedgerImportState = z.infer<typeof ledgerImportState>;
export type LedgerImportLogView = z.infer<typeof ledgerImportLog>;

/** The import log's statuses in Chinese (command line). */
export const IMPORT_STATUS_LABELS: Record<LedgerImportLogView["status"], string> = { running: "进行中", interrupted: "中断", done: "完成", failed: "失败" };
