import type { ArchiveHit, ArchiveQuery } from "@domain/archive/search";
import { get, query } from "./client";

export type ArchiveResult = { hits: ArchiveHit[]; total: number };

/** Full-text search of the archive on the server (GET /api/archive/search): words, department, date range, section kind. */
export async function searchArchive(q: ArchiveQuery): Promise<ArchiveResult> {
  return get<{ hits: ArchiveHit[]; total: number }>(
    `/api/archive/search${query({ q: q.words, department: q.department, from: q.from, to: q.to, kind: q.kind, limit: 500 })}`,
  );
}

/** The list of every issue (期号, 统计周期, 印发日期, 状态, 版次) as an Excel workbook. */
export const archiveXlsxUrl = "/api/archive/export.xlsx";
