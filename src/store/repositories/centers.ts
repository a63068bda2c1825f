import type { Kysely } from "kysely";
import { z } from "zod";
import { ZhoubaoError } from "../../domain/errors.js";
import type { Database } from "../schema.js";

/** Defaults a center applies to each new issue (系统设置 → 分发范围). */
export const centerDefaults = z.object({
  copies: z.number().int().positive().nullable().default(null),
  report: z.string().nullable().default(null),
  send: z.string().nullable().default(null),
  issue: z.string().nullable().default(null),
  template: z.enum(["2022", "2023"]).default("2023"),
});
export type CenterDefaults = z.infer<typeof centerDefaults>;
export type Center = { id: number; code: string; name: string; defaults: CenterDefaults; parentId: number | null };

export const DEFAULT_CENTER = { code: "main", name: "四川省政府政务服务和公共资源交易服务中心" };

export function centersRepository(db: Kysely<Database>) {
  const toCenter = (r: { id: number; code: string; name: string; defaults: string; parent_id: number | null }): Center => ({
    id: r.id,
    code: r.code,
    name: r.name,
    defaults: centerDefaults.parse(JSON.parse(r.defaults)),
    parentId: r.parent_id,
  });
  return {
    async list(): Promise<Center[]> {
      return (await db.selectFrom("centers").selectAll().orderBy("id").execute()).map(toCenter);
    },
    async byId(id: number): Promise<Center> {
      const r = await db.selectFrom("centers").selectAll().where("id", "=", id).executeTakeFirst();
      if (!r) throw new ZhoubaoError("center.not-found", `未找到编号为 ${id} 的中心。`, { id });
      return toCenter(r);
    },
    async byCode(code: string): Promise<Center> {
      const r = await db.selectFrom("centers").selectAll().where("code", "=", code).executeTakeFirst();
      if (!r) throw new ZhoubaoError("center.not-found", `未找到编码为 ${code} 的中心。`, { code });
      return toCenter(r);
    },
    /** The center the CLI and a single-center deployment work on: the first one, created if none. */
    async default(): Promise<Center> {
      const r = await db.selectFrom("centers").selectAll().orderBy("id").executeTakeFirst();
      if (r) return toCenter(r);
      return this.create(DEFAULT_CENTER.code, DEFAULT_CENTER.name);
    },
    /**
     * A center and every center below it, the center itself first, then breadth first.
     * @example (await store.centers.subtree(province.id)).map((c) => c.code) // ["510000", "510100", …]
     */
    async subtree(id: number): Promise<Center[]> {
      const all = await this.list();
      const out = all.filter((c) => c.id === id);
      if (!out.length) throw new ZhoubaoError("center.not-found", `未找到编号为 ${id} 的中心。`, { id });
      for (let i = 0; i < out.length; i++) out.push(...all.filter((c) => c.parentId === out[i].id));
      return out;
    },
    async create(code: string, name: string, defaults: Partial<CenterDefaults> = {}, parentId: number | null = null): Promise<Center> {
      const r = await db
        .insertInto("centers")
        .values({ code, name, defaults: JSON.stringify(centerDefaults.parse(defaults)), created_at: new Date().toISOString(), parent_id: parentId })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toCenter(r);
    },
    async update(id: number, patch: { name?: string; defaults?: CenterDefaults }): Promise<void> {
      await db
        .updateTable("centers")
        .set({
          ...(patch.name ? { name: patch.name } : {}),
          ...(patch.defaults ? { defaults: JSON.stringify(centerDefaults.parse(patch.defaults)) } : {}),
        })
        .where("id", "=", id)
        .execute();
    },
  };
}
