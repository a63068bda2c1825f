import type { ArchiveHit, ArchiveQuery } from "@domain/archive/search";
import { get, query } from "./client";
import { getIssue, ref, type IssueSummary, type IssueView } from "./issues";

export type ArchiveResult = { hits: ArchiveHit[]; total: number };

/** Runs `fn` over `items` with at most `n` at a time, reporting how many are done. */
export async function pooled<T, R>(items: T[], n: number, fn: (t: T) => Promise<R>, onDone?: (done: number) => void): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
      onDone?.(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return out;
}

/** Every issue the user may read, with its tree (the browser-side fallback of search and charts). */
export async function loadIssues(summaries: IssueSummary[], onProgress?: (done: number, total: number) => void): Promise<IssueView[]> {
  return pooled(summaries, 6, (s) => getIssue(ref(s)), (d) => onProgress?.(d, summaries.length));
}

/** Full-text search of the archive on the server (GET /api/archive/search): words, department, date range, section kind. */
export async function searchArchive(q: ArchiveQuery): Promise<ArchiveResult> {
  return get<{ hits: ArchiveHit[]; total: number }>(
    `/api/archive/search${query({ q: q.words, department: q.department, from: q.from, to: q.to, kind: q.kind, limit: 500 })}`,
  );
}
