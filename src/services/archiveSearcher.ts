import { searchIssue, wordsOf, type ArchiveHit, type ArchiveQuery } from "../domain/archive/search.js";
import { ZhoubaoError } from "../domain/errors.js";
import type { Store } from "../store/index.js";
import { toDocument } from "../store/index.js";
import { seesDrafts } from "./issueLocator.js";

export type ArchiveSearch = ArchiveQuery & { limit?: number };
export type ArchiveAnswer = { hits: ArchiveHit[]; total: number };

const MAX_WORDS = 10;

/**
 * Searches the center's archive: the issues whose period overlaps [from, to] (in SQL),
 * then every word, the department and the section kind in the printed text of each
 * issue (the rules of domain/archive/search, shared with the web app). A reader sees
 * published issues only, as everywhere. Newest first; `total` counts every hit,
 * `hits` at most `limit`.
 *
 * The archive of a center is a few thousand issues at most (DESIGN.md: ~50 a year), so
 * reading the candidates and searching them in memory stays well under a second (see
 * bench/archiveBench.ts); an FTS index would pay off only far beyond that.
 *
 * @example
 * const { hits } = await searchArchive(store, actor, { words: "免申即享", department: "税务局" });
 */
export async function searchArchive(store: Store, actor: { centerId: number; role: string }, q: ArchiveSearch): Promise<ArchiveAnswer> {
  if (q.from && q.to && q.from > q.to)
    throw new ZhoubaoError("archive.bad-query", `开始日期（${q.from}）晚于结束日期（${q.to}），请调换后再查。`, { from: q.from, to: q.to });
  if (wordsOf(q.words).length > MAX_WORDS)
    throw new ZhoubaoError("archive.bad-query", `检索词最多 ${MAX_WORDS} 个，请删去一些再查。`, { words: wordsOf(q.words).length });
  const candidates = await store.issueIndex.overlapping(actor.centerId, {
    from: q.from,
    to: q.to,
    ...(seesDrafts(actor.role) ? {} : { status: "published" }),
  });
  const hits: ArchiveHit[] = [];
  for (const issue of candidates) {
    const matches = searchIssue(toDocument(issue), q);
    if (!matches) continue;
    const { year, seq, total, period, publishedOn, status } = issue;
    hits.push({ ref: `${year}-${seq}`, year, seq, total, period, publishedOn, status, matches });
  }
  return { hits: hits.slice(0, q.limit ?? 100), total: hits.length };
}
