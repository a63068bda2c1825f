import type { ArchiveHit, ArchiveQuery } from "../pages/archive/search";
import { searchIssue } from "../pages/archive/search";
import { ApiError, get, query } from "./client";
import { getIssue, listIssues, ref, type IssueSummary, type IssueView } from "./issues";

export type ArchiveResult = { hits: ArchiveHit[]; total: number; source: "server" | "browser" };

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

const missing = (e: unknown) => e instanceof ApiError && e.status === 404 && (e.code === "http.404" || e.code === "route.not-found");

/** Every issue the user may read, with its tree (the browser-side fallback of search and charts). */
export async function loadIssues(summaries: IssueSummary[], onProgress?: (done: number, total: number) => void): Promise<IssueView[]> {
  return pooled(summaries, 6, (s) => getIssue(ref(s)), (d) => onProgress?.(d, summaries.length));
}

/**
 * Full-text search of the archive. Uses GET /api/archive/search (web/NEEDS.md) and, while
 * the server lacks it, searches issue by issue in the browser with the same rules.
 */
export async function searchArchive(q: ArchiveQuery, onProgress?: (done: number, total: number) => void): Promise<ArchiveResult> {
  try {
    const a = await get<{ hits: ArchiveHit[]; total: number }>(
      `/api/archive/search${query({ q: q.words, department: q.department, from: q.from, to: q.to, kind: q.kind })}`,
    );
    return { ...a, source: "server" };
  } catch (e) {
    if (!missing(e)) throw e;
  }
  const all = await listIssues({ limit: 2000 });
  const candidates = all.filter((i) => (!q.from || i.period.end >= q.from) && (!q.to || i.period.start <= q.to));
  const docs = await loadIssues(candidates, onProgress);
  const hits: ArchiveHit[] = [];
  for (const d of docs) {
    const matches = searchIssue(d, q);
    if (matches) hits.push({ ref: ref(d), year: d.year, seq: d.seq, total: d.total, period: d.period, publishedOn: d.publishedOn, status: d.status, matches });
  }
  return { hits, total: hits.length, source: "browser" };
}
