import { upload } from "./transfer";

/** The answer for one uploaded past issue (web/NEEDS.md). */
export type ImportResult = {
  file: string;
  issue: { ref: string; year: number; seq: number; total: number; period: { start: string; end: string } };
  stored: boolean;
  replaced: boolean;
  sections: number;
  unparsed: { line: number; text: string }[];
  problems: { code: string; message: string; line?: number | null }[];
};

/** Uploads one past issue (.txt, .pdf or .docx) to be parsed and, unless a dry run, stored. */
export function importIssue(file: File, opts: { replace: boolean; dryRun: boolean }, onProgress: (p: number) => void): Promise<ImportResult> {
  const form = new FormData();
  form.append("replace", String(opts.replace));
  form.append("dryRun", String(opts.dryRun));
  form.append("file", file, file.name);
  return upload<ImportResult>("/api/imports", form, onProgress);
}
