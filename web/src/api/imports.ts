import type { PastIssueImport } from "@domain/archive/pastIssueImport";
import { upload } from "./transfer";

/** The answer for one uploaded past issue. */
export type ImportResult = PastIssueImport;

/**
 * Uploads one past issue (.txt, .pdf or .docx) to be parsed and, unless a dry run, stored;
 * strict refuses one with check errors; replace with a reason corrects a published issue.
 */
export function importIssue(file: File, opts: { replace: boolean; reason: string; dryRun: boolean; strict: boolean }, onProgress: (p: number) => void): Promise<ImportResult> {
  const form = new FormData();
  form.append("replace", String(opts.replace));
  if (opts.replace && opts.reason.trim()) form.append("reason", opts.reason.trim());
  form.append("dryRun", String(opts.dryRun));
  form.append("strict", String(opts.strict));
  form.append("file", file, file.name);
  return upload<ImportResult>("/api/imports", form, onProgress);
}
