import type { Kysely } from "kysely";
import { ZhoubaoError } from "../../domain/errors.js";
import { DepartmentRegistry, foldName, type Department } from "../../domain/departments/registry.js";
import { SEED_DEPARTMENTS } from "../../domain/departments/seed.js";
import type { Database } from "../schema.js";

type Row = { id: number; name: string; aliases: string; display_order: number; active: number };
const toDepartment = (r: Row): Department => ({
  id: r.id,
  name: r.name,
  aliases: JSON.parse(r.aliases),
  displayOrder: r.display_order,
  active: r.active === 1,
});

export function departmentsRepository(db: Kysely<Database>) {
  return {
    async list(centerId: number, opts: { includeInactive?: boolean } = {}): Promise<Department[]> {
      let q = db.selectFrom("departments").selectAll().where("center_id", "=", centerId);
      if (!opts.includeInactive) q = q.where("active", "=", 1);
      return (await q.orderBy("display_order").orderBy("id").execute()).map(toDepartment);
    },
    async registry(centerId: number): Promise<DepartmentRegistry> {
      return new DepartmentRegistry(await this.list(centerId, { includeInactive: true }));
    },
    /** Adds the 29 seed departments to a center that has none. */
    async seed(centerId: number): Promise<number> {
      const n = await db.selectFrom("departments").select((e) => e.fn.countAll<number>().as("n")).where("center_id", "=", centerId).executeTakeFirstOrThrow();
      if (Number(n.n) > 0) return 0;
      await db
        .insertInto("departments")
        .values(SEED_DEPARTMENTS.map((d, i) => ({ center_id: centerId, name: d.name, aliases: JSON.stringify(d.aliases), display_order: i + 1, active: 1 })))
        .execute();
      return SEED_DEPARTMENTS.length;
    },
    /** Gives a new center the departments of another (names, aliases, order; active ones only). */
    async copy(fromCenterId: number, toCenterId: number): Promise<number> {
      const r = await db
        .insertInto("departments")
        .columns(["center_id", "name", "aliases", "display_order", "active"])
        .expression((eb) =>
          eb
            .selectFrom("departments")
            .select((e) => [e.val(toCenterId).as("center_id"), "name", "aliases", "display_order", "active"])
            .where("center_id", "=", fromCenterId)
            .where("active", "=", 1),
        )
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0);
    },
    /** Creates or updates a department; a name or alias used by another department is refused. */
    async save(centerId: number, d: { id?: number; name: string; aliases: string[]; displayOrder: number; active?: boolean }): Promise<Department> {
      const all = await this.list(centerId, { includeInactive: true });
      const taken = new Map<string, string>();
      for (const o of all) if (o.id !== d.id) for (const n of [o.name, ...o.aliases]) taken.set(foldName(n), o.name);
      for (const n of [d.name, ...d.aliases]) {
        const owner = taken.get(foldName(n));
        if (owner) throw new ZhoubaoError("department.duplicate", `名称“${n}”已被部门“${owner}”使用。`, { name: n, owner });
      }
      const values = { name: d.name, aliases: JSON.stringify(d.aliases), display_order: d.displayOrder, active: d.active === false ? 0 : 1 };
      const row = d.id
        ? await db.updateTable("departments").set(values).where("id", "=", d.id).where("center_id", "=", centerId).returningAll().executeTakeFirst()
        : await db.insertInto("departments").values({ ...values, center_id: centerId }).returningAll().executeTakeFirst();
      if (!row) throw new ZhoubaoError("department.unknown", `未找到部门（编号 ${d.id}）。`, { id: d.id });
      return toDepartment(row);
    },
  };
}
