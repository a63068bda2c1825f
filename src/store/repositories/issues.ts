import type { Kysely } from "kysely";
import { ZhoubaoError } from "../../domain/errors.js";
import { issueDocument, type IssueDocument, type IssueStatus, type StoredIssue } from "../../domain/model/issue.js";
import { assertContinuity } from "../../domain/numbering/continuity.js";
import { validatePeriod } from "../../domain/numbering/period.js";
import { parseInput } from "../../domain/validate.js";
import type { Database } from "../schema.js";
import { calendarRepository } from "./calendar.js";
import { departmentsRepository } from "./departments.js";
import { assertKnownDepartments } from "./issueDepartments.js";
import { documentColumns, rowToIssue, rowToSummary, type IssueSummary } from "./issueRows.js";

export type CreateOptions = {
  status?: IssueStatus;
  /** Replace a stored issue of the same year and seq (import --replace). */
  replace?: boolean;
  /** Keep department names the registry does not know (the importer reports them instead). */
  allowUnknownDepartments?: boolean;
  /** Store a past issue whose printed number breaks the year's offset (its checks report it); issues made in the app never. */
  allowBrokenNumbering?: boolean;
};

const label = (year: number, seq: number) => `${year}年第${seq}期`;

export function issuesRepository(db: Kysely<Database>) {
  const base = (centerId: number) => db.selectFrom("issues").selectAll().where("center_id", "=", centerId);

  async function numbers(centerId: number) {
    return db.selectFrom("issues").select(["id", "year", "seq", "total"]).where("center_id", "=", centerId).execute();
  }

  /**
   * The stored numbers continuity depends on: the same year, the same total, the last
   * issue of the years before and the first of the years after — a few indexed rows
   * instead of the whole archive, so importing years of issues stays linear.
   */
  async function numbersAround(centerId: number, n: { year: number; total: number }) {
    const cols = ["id", "year", "seq", "total"] as const;
    const q = () => db.selectFrom("issues").select(cols).where("center_id", "=", centerId);
    const [same, before, after] = await Promise.all([
      q().where((e) => e.or([e("year", "=", n.year), e("total", "=", n.total)])).execute(),
      q().where("year", "<", n.year).orderBy("total", "desc").limit(1).execute(),
      q().where("year", ">", n.year).orderBy("total", "asc").limit(1).execute(),
    ]);
    return [...same, ...before, ...after];
  }

  /** Validates a document against the schema, the calendar, the registry and the stored numbers. */
  async function vet(centerId: number, input: unknown, opts: CreateOptions, selfId?: number): Promise<IssueDocument> {
    const doc = parseInput(issueDocument, input, "周报");
    validatePeriod(doc.period, await calendarRepository(db).calendar(centerId));
    if (!opts.allowUnknownDepartments) assertKnownDepartments(doc, await departmentsRepository(db).registry(centerId));
    const others = (await numbersAround(centerId, doc)).filter((n) => n.id !== selfId);
    assertContinuity(doc, others, { brokenAllowed: opts.allowBrokenNumbering });
    return doc;
  }

  return {
    async get(centerId: number, year: number, seq: number): Promise<StoredIssue | null> {
      const r = await base(centerId).where("year", "=", year).where("seq", "=", seq).executeTakeFirst();
      return r ? rowToIssue(r) : null;
    },
    async require(centerId: number, year: number, seq: number): Promise<StoredIssue> {
      const i = await this.get(centerId, year, seq);
      if (!i) throw new ZhoubaoError("issue.not-found", `未找到${label(year, seq)}周报。`, { year, seq });
      return i;
    },
    async byId(id: number): Promise<StoredIssue | null> {
      const r = await db.selectFrom("issues").selectAll().where("id", "=", id).executeTakeFirst();
      return r ? rowToIssue(r) : null;
    },
    /** Summaries, newest first. */
    async list(centerId: number, opts: { year?: number; limit?: number } = {}): Promise<IssueSummary[]> {
      let q = base(centerId).orderBy("total", "desc");
      if (opts.year) q = q.where("year", "=", opts.year);
      if (opts.limit) q = q.limit(opts.limit);
      return (await q.execute()).map(rowToSummary);
    },
    /** Every issue in running-number order (oldest first). */
    async all(centerId: number): Promise<StoredIssue[]> {
      return (await base(centerId).orderBy("total").execute()).map(rowToIssue);
    },
    /** Every issue of one year in full, lowest seq first: what the year-wide checks compare with. */
    async ofYear(centerId: number, year: number): Promise<StoredIssue[]> {
      return (await base(centerId).where("year", "=", year).orderBy("seq").execute()).map(rowToIssue);
    },
    numbers,
    async latest(centerId: number): Promise<StoredIssue | null> {
      const r = await base(centerId).orderBy("total", "desc").limit(1).executeTakeFirst();
      return r ? rowToIssue(r) : null;
    },
    /** The stored issue just before this one in running-number order. */
    async previous(centerId: number, i: { total: number }): Promise<StoredIssue | null> {
      const r = await base(centerId).where("total", "<", i.total).orderBy("total", "desc").limit(1).executeTakeFirst();
      return r ? rowToIssue(r) : null;
    },
    async create(centerId: number, input: unknown, opts: CreateOptions = {}): Promise<StoredIssue> {
      const parsed = parseInput(issueDocument, input, "周报");
      const existing = await db
        .selectFrom("issues")
        .select(["id", "status"])
        .where("center_id", "=", centerId)
        .where("year", "=", parsed.year)
        .where("seq", "=", parsed.seq)
        .executeTakeFirst();
      if (existing && !opts.replace)
        throw new ZhoubaoError("issue.duplicate", `${label(parsed.year, parsed.seq)}已存在；如需覆盖请使用替换。`, { year: parsed.year, seq: parsed.seq });
      if (existing?.status === "published" && opts.replace)
        throw new ZhoubaoError("issue.immutable", `${label(parsed.year, parsed.seq)}已发布，不能覆盖；请提交更正。`, { year: parsed.year, seq: parsed.seq });
      const doc = await vet(centerId, parsed, opts, existing?.id);
      const now = new Date().toISOString();
      if (existing) await db.deleteFrom("issues").where("id", "=", existing.id).execute();
      const row = await db
        .insertInto("issues")
        .values({ ...documentColumns(doc), center_id: centerId, status: opts.status ?? "draft", revision: 0, created_at: now, updated_at: now })
        .returningAll()
        .executeTakeFirstOrThrow();
      return rowToIssue(row);
    },
    /** Saves a new document for an issue that is not yet published. */
    async update(id: number, input: unknown, opts: Omit<CreateOptions, "replace" | "status"> = {}): Promise<StoredIssue> {
      const current = await this.byId(id);
      if (!current) throw new ZhoubaoError("issue.not-found", `未找到编号为 ${id} 的周报。`, { id });
      if (current.status === "published")
        throw new ZhoubaoError("issue.immutable", `${label(current.year, current.seq)}已发布，不能修改；请提交更正。`, { id });
      const doc = await vet(current.centerId, input, opts, id);
      const row = await db
        .updateTable("issues")
        .set({ ...documentColumns(doc), updated_at: new Date().toISOString() })
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return rowToIssue(row);
    },
    async setStatus(id: number, status: IssueStatus): Promise<void> {
      await db.updateTable("issues").set({ status, updated_at: new Date().toISOString() }).where("id", "=", id).execute();
    },
  };
}
export type IssuesRepository = ReturnType<typeof issuesRepository>;
