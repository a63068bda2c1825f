import type { IssueView } from "./issues";
import { post } from "./client";
import { upload } from "./transfer";

/** The answer to a ledger upload (web/NEEDS.md): rows read, stored, updated and rejected with reasons. */
export type LedgerImport = {
  kind: "cases" | "desk";
  file: string;
  rows: number;
  inserted: number;
  updated: number;
  /** Rows imported before and unchanged: importing a file again counts nothing twice. */
  unchanged: number;
  /** The first thousand rejected rows; rejectedCount counts them all. */
  rejected: { line: number; reason: string }[];
  rejectedCount: number;
  seconds: number;
};

/** Uploads a platform case export or a front-desk export (CSV / XLSX, UTF-8 or GB18030). */
export function importLedger(kind: "cases" | "desk", file: File, source: string | undefined, onProgress: (p: number) => void): Promise<LedgerImport> {
  const form = new FormData();
  if (source) form.append("source", source);
  form.append("file", file, file.name);
  return upload<LedgerImport>(`/api/ledger/${kind}`, form, onProgress);
}

/** Fills the issue's 办件统计 and 综窗办件 sections from the imported ledgers (year to date as of the period's end). */
export const fillFigures = (ref: string) => post<IssueView & { filled: string[]; warnings: string[] }>(`/api/issues/${ref}/fill-figures`, {});
