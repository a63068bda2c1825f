import type { Kysely, Selectable } from "kysely";
import type { InspectionItem } from "../../domain/model/section.js";
import type { Database, InspectionsTable } from "../schema.js";

/** A weekly hall inspection (大厅巡查): the six standard items with verdict and note. */
export type Inspection = {
  id: number;
  centerId: number;
  issueId: number | null;
  issue: { year: number; seq: number } | null;
  inspectedOn: string;
  items: InspectionItem[];
  inspectorId: number;
  inspector: string;
  attachedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

/** Hall inspection records, e.g. await store.inspections.list(centerId, { issueId }). */
export function inspectionsRepository(db: Kysely<Database>) {
  const base = () =>
    db
      .selectFrom("inspections as n")
      .innerJoin("users as u", "u.id", "n.inspector_id")
      .leftJoin("issues as i", "i.id", "n.issue_id")
      .selectAll("n")
      .select(["u.display_name as inspector", "i.year as issue_year", "i.seq as issue_seq"]);
  type Row = Selectable<InspectionsTable> & { inspector: string; issue_year: number | null; issue_seq: number | null };
  const toInspection = (r: Row): Inspection => ({
    id: r.id,
    centerId: r.center_id,
    issueId: r.issue_id,
    issue: r.issue_year !== null && r.issue_seq !== null ? { year: r.issue_year, seq: r.issue_seq } : null,
    inspectedOn: r.inspected_on,
    items: JSON.parse(r.items),
    inspectorId: r.inspector_id,
    inspector: r.inspector,
    attachedAt: r.attached_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });

  return {
    async byId(centerId: number, id: number): Promise<Inspection | null> {
      const r = await base().where("n.id", "=", id).where("n.center_id", "=", centerId).executeTakeFirst();
      return r ? toInspection(r) : null;
    },
    /** Newest inspection date first. */
    async list(centerId: number, f: { issueId?: number; limit?: number; offset?: number } = {}): Promise<Inspection[]> {
      let q = base().where("n.center_id", "=", centerId);
      if (f.issueId !== undefined) q = q.where("n.issue_id", "=", f.issueId);
      return (await q.orderBy("n.inspected_on", "desc").orderBy("n.id", "desc").limit(f.limit ?? 200).offset(f.offset ?? 0).execute()).map(toInspection);
    },
    /** How many inspections there are (of one issue or all): the total of a paged list. */
    async count(centerId: number, f: { issueId?: number } = {}): Promise<number> {
      let q = db.selectFrom("inspections").where("center_id", "=", centerId);
      if (f.issueId !== undefined) q = q.where("issue_id", "=", f.issueId);
      return Number((await q.select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
    },
    async create(i: { centerId: number; issueId: number; inspectedOn: string; items: InspectionItem[]; inspectorId: number }): Promise<Inspection> {
      const now = new Date().toISOString();
      const { id } = await db
        .insertInto("inspections")
        .values({
          center_id: i.centerId,
          issue_id: i.issueId,
          inspected_on: i.inspectedOn,
          items: JSON.stringify(i.items),
          inspector_id: i.inspectorId,
          created_at: now,
          updated_at: now,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return (await this.byId(i.centerId, id))!;
    },
    async update(centerId: number, id: number, p: { issueId?: number; inspectedOn?: string; items?: InspectionItem[]; attachedAt?: string | null }): Promise<Inspection> {
      await db
        .updateTable("inspections")
        .set({
          ...(p.issueId !== undefined ? { issue_id: p.issueId } : {}),
          ...(p.inspectedOn !== undefined ? { inspected_on: p.inspectedOn } : {}),
          ...(p.items !== undefined ? { items: JSON.stringify(p.items) } : {}),
          ...(p.attachedAt !== undefined ? { attached_at: p.attachedAt } : {}),
          updated_at: new Date().toISOString(),
        })
        .where("id", "=", id)
        .where("center_id", "=", centerId)
        .execute();
      return (await this.byId(centerId, id))!;
    },
  };
}
