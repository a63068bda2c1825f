import type { Kysely } from "kysely";
import type { Section } from "../../domain/model/section.js";
import type { Database } from "../schema.js";

/** Section trees a center saved as named templates (系统设置 → 模板). */
export function templatesRepository(db: Kysely<Database>) {
  return {
    async list(centerId: number): Promise<{ id: number; name: string; sections: Section[] }[]> {
      const rows = await db.selectFrom("templates").selectAll().where("center_id", "=", centerId).orderBy("name").execute();
      return rows.map((r) => ({ id: r.id, name: r.name, sections: JSON.parse(r.sections) }));
    },
    async save(centerId: number, name: string, sections: Section[]): Promise<void> {
      const values = { center_id: centerId, name, sections: JSON.stringify(sections), created_at: new Date().toISOString() };
      await db
        .insertInto("templates")
        .values(values)
        .onConflict((oc) => oc.columns(["center_id", "name"]).doUpdateSet({ sections: values.sections }))
        .execute();
    },
    async remove(centerId: number, name: string): Promise<void> {
      await db.deleteFrom("templates").where("center_id", "=", centerId).where("name", "=", name).execute();
    },
  };
}
