import { Migrator, type Kysely } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../index.js";
import { storeFactories } from "../testing.js";
import { migrationProvider } from "./index.js";

/** Migration 0010: the one calendar of before becomes every existing center's own, and back. */
describe.each(storeFactories())("migration 0010 (calendar overrides per center) on $name", (factory) => {
  let store: Store;
  beforeEach(async () => {
    store = await factory.open();
  });
  afterEach(async () => store.close());

  it("gives each existing center the overrides that applied to all, and keeps the first one's going down", async () => {
    const schema = store.target.dialect === "postgres" ? store.target.schema : undefined;
    const migrator = new Migrator({ db: store.db, provider: migrationProvider, ...(schema ? { migrationTableSchema: schema } : {}) });
    const a = await store.centers.create("510000", "四川省政务服务中心");
    const b = await store.centers.create("510100", "成都市政务服务中心", {}, a.id);
    expect((await migrator.migrateTo("0009_center_tree")).error).toBeUndefined();
    const old = store.db as unknown as Kysely<any>;
    await old.insertInto("calendar_overrides").values([{ date: "2026-10-10", workday: 1, note: "国庆调休上班" }, { date: "2026-12-07", workday: 0, note: null }]).execute();
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const expected = [{ date: "2026-10-10", workday: true, note: "国庆调休上班" }, { date: "2026-12-07", workday: false, note: null }];
    expect([await store.calendar.overrides(a.id), await store.calendar.overrides(b.id)]).toEqual([expected, expected]);
    await store.calendar.removeOverride(b.id, "2026-10-10");
    await store.calendar.setOverride(a.id, { date: "2026-12-08", workday: false, note: "检修" });
    expect((await migrator.migrateTo("0009_center_tree")).error).toBeUndefined();
    const back = await old.selectFrom("calendar_overrides").selectAll().orderBy("date").execute();
    expect(back.map((r) => r.date)).toEqual(["2026-10-10", "2026-12-07", "2026-12-08"]);
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
  });
});
