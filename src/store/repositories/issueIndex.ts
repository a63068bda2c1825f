import type { Kysely } from "kysely";
import type { Database } from "../schema.js";
import type { StoredIssue } from "../../domain/model/issue.js";
import { rowToIssue, rowToSummary, type IssueSummary } from "./issueRows.js";

/** Every column of an issue except its tree and attachments. */
const SUMMARY_COLUMNS = [
  "id",
  "center_id",
  "year",
  "seq",
  "total",
  "title",
  "issuer",
  "published_on",
  "period_start",
  "period_end",
  "status",
  "copies",
  "dist_report",
  "dist_send",
  "dist_issue",
  "revision",
  "created_at",
  "updated_at",
] as const;

/**
 * The issue list as the server reads it on every page view: the same summaries as
 * issues.list, without reading and discarding each issue's tree (the heavy column).
 */
export function issueIndexRepository(db: Kysely<Database>) {
  return {
    /** Summaries, newest first. */
    async list(centerId: number, opts: { year?: number; limit?: number; status?: string } = {}): Promise<IssueSummary[]> {
      let q = db.selectFrom("issues").select(SUMMARY_COLUMNS).where("center_id", "=", centerId).orderBy("total", "desc");
      if (opts.year) q = q.where("year", "=", opts.year);
      if (opts.status) q = q.where("status", "=", opts.status);
      if (opts.limit) q = q.limit(opts.limit);
      return (await q.execute()).map((r) => rowToSummary({ ...r, sections: "", attachments: "", original_pages: null }));
    },
    /**
     * Issues of several centers whose period ends in [from, to], in one query: which
     * centers have an issue for a week, and in which state (the province roll-up).
     */
    async endingIn(centerIds: number[], from: string, to: string): Promise<{ centerId: number; year: number; seq: number; status: string }[]> {
      if (!centerIds.length) return [];
      const rows = await db
        .selectFrom("issues")
        .select(["center_id", "year", "seq", "status"])
        .where("center_id", "in", centerIds)
        .where("period_end", ">=", from)
        .where("period_end", "<=", to)
        .orderBy("total")
        .execute();
      return rows.map((r) => ({ centerId: Number(r.center_id), year: Number(r.year), seq: Number(r.seq), status: r.status }));
    },
    /**
     * Whole issues (trees included) whose period overlaps [from, to], newest first: the
     * candidates of an archive search. `from`/`to` are ISO dates; either may be absent.
     */
    async overlapping(centerId: number, opts: { from?: string | null; to?: string | null; status?: string } = {}): Promise<StoredIssue[]> {
      let q = db.selectFrom("issues").selectAll().where("center_id", "=", centerId).orderBy("total", "desc");
      if (opts.from) q = q.where("period_end", ">=", opts.from);
      if (opts.to) q = q.where("period_start", "<=", opts.to);
      if (opts.status) q = q.where("status", "=", opts.status);
      return (await q.execute()).map(rowToIssue);
    },
  };
}
