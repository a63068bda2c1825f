import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../index.js";
import { storeFactories } from "../testing.js";

/** The tree of centers (migration 0009) on both stores. */
describe.each(storeFactories())("centers on $name", (factory) => {
  let store: Store;
  beforeEach(async () => {
    store = await factory.open();
  });
  afterEach(async () => store.close());

  it("keeps each center's parent and lists a subtree from its root, breadth first", async () => {
    const sc = await store.centers.create("510000", "四川省政务服务中心");
    const cd = await store.centers.create("510100", "成都市政务服务中心", {}, sc.id);
    const my = await store.centers.create("510700", "绵阳市政务服务中心", {}, sc.id);
    const wh = await store.centers.create("510107", "武侯区政务服务中心", {}, cd.id);
    await store.centers.create("520000", "贵州省政务服务中心");
    expect(await store.centers.byCode("510107")).toMatchObject({ name: "武侯区政务服务中心", parentId: cd.id });
    expect((await store.centers.subtree(sc.id)).map((c) => c.code)).toEqual(["510000", "510100", "510700", "510107"]);
    expect((await store.centers.subtree(my.id)).map((c) => c.id)).toEqual([my.id]);
    expect((await store.centers.subtree(wh.id))[0].parentId).toBe(cd.id);
    await expect(store.centers.subtree(99_999)).rejects.toMatchObject({ code: "center.not-found" });
  });

  it("keeps each center's calendar overrides and departments its own (migration 0010)", async () => {
    const a = await store.centers.create("510000", "四川省政务服务中心");
    const b = await store.centers.create("510100", "成都市政务服务中心", {}, a.id);
    await store.calendar.setOverride(a.id, { date: "2026-12-07", workday: false, note: "设备检修" });
    await store.calendar.setOverride(b.id, { date: "2026-12-07", workday: true, note: null });
    expect([(await store.calendar.calendar(a.id)).isWorkday("2026-12-07"), (await store.calendar.calendar(b.id)).isWorkday("2026-12-07")]).toEqual([false, true]);
    await store.calendar.removeOverride(b.id, "2026-12-07");
    expect([await store.calendar.overrides(a.id), await store.calendar.overrides(b.id)]).toEqual([[{ date: "2026-12-07", workday: false, note: "设备检修" }], []]);
    await store.departments.seed(a.id);
    await store.departments.save(a.id, { name: "停用的部门", aliases: [], displayOrder: 40, active: false });
    expect(await store.departments.copy(a.id, b.id)).toBe(29);
    expect((await store.departments.list(b.id)).map((d) => [d.name, d.aliases, d.displayOrder])).toEqual((await store.departments.list(a.id)).map((d) => [d.name, d.aliases, d.displayOrder]));
  });
});
