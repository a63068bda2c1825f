import type { LedgerImport, LedgerImportLogView, LedgerImportState } from "@domain/ledger/ledgerImportViews";
import type { ColumnMapping } from "@domain/ledger/ledgerFields";
import type { LedgerSummary } from "@domain/ledger/ledgerSummary";
import type { IssueView } from "./issues";
import { get, post, query } from "./client";
import { upload } from "./transfer";

export type { LedgerImport, LedgerImportLogView, LedgerImportState, LedgerSummary };

/**
 * Uploads a platform case export or a front-desk export (CSV / XLSX, UTF-8 or GB18030).
 * `progressKey` names the server's import so that ledgerProgress can follow it; `mapping`
 * names the file's column of each field whose header differs (saved for a named source).
 */
export function importLedger(
  kind: "cases" | "desk",
  file: File,
  opts: { source?: string; mapping?: ColumnMapping; progressKey: string },
  onProgress: (p: number) => void,
): Promise<LedgerImport> {
  const form = new FormData();
  if (opts.source) form.append("source", opts.source);
  if (opts.mapping && Object.keys(opts.mapping).length) form.append("mapping", JSON.stringify(opts.mapping));
  form.append("progressKey", opts.progressKey);
  form.append("file", file, file.name);
  return upload<LedgerImport>(`/api/ledger/${kind}`, form, onProgress);
}

/** How far the server has read an uploaded file (404 ledger.progress-unknown until it starts). */
export const ledgerProgress = (key: string) => get<LedgerImportState>(`/api/ledger/progress/${encodeURIComponent(key)}`);

/** The latest ledger imports of the center, newest first (CLI imports and running ones too). */
export const ledgerImports = (limit = 8) => get<LedgerImportLogView[]>(`/api/ledger/imports${query({ limit })}`);

/** Fills the issue's 办件统计 and 综窗办件 sections from the imported ledgers (year to date as of the period's end). */
export const fillFigures = (ref: string) => post<IssueView & { filled: string[]; warnings: string[] }>(`/api/issues/${ref}/fill-figures`, {});

/** A year of the ledgers for the dashboard (rollups only): to date, by month, top departments. */
export const ledgerSummary = (year: number, signal?: AbortSignal) => get<LedgerSummary>(`/api/ledger/summary${query({ year })}`, signal);
