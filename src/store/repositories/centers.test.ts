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
});
