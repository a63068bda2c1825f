import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { builtinTemplate } from "../../domain/templates/builtin.js";
import type { IssueDocument } from "../../domain/model/issue.js";
import { seededStore, storeFactories } from "../testing.js";
import type { Store } from "../index.js";

function doc(over: Partial<IssueDocument> = {}): IssueDocument {
  return {
    title: "窗口工作周报",
    year: 2023,
    seq: 48,
    total: 468,
    issuer: "四川省政府政务服务和公共资源交易服务中心",
    publishedOn: "2023-12-19",
    period: { start: "2023-12-04", end: "2023-12-08" },
    copies: 91,
    distribution: { report: null, send: "省中心领导、省级相关部门（单位）", issue: "省级相关部门（单位）窗口" },
    sections: builtinTemplate("2023"),
    attachments: [],
    ...over,
  };
}

describe.each(storeFactories())("issues repository on $name", (factory) => {
  let store: Store;
  let centerId: number;
  beforeEach(async () => ({ store, centerId } = await seededStore(factory)));
  afterEach(async () => store.close());

  const count = async () => (await store.issues.list(centerId)).length;

  it("stores and reads back an issue with its tree", async () => {
    const created = await store.issues.create(centerId, doc());
    expect(created).toMatchObject({ year: 2023, seq: 48, total: 468, status: "draft", revision: 0 });
    const read = await store.issues.require(centerId, 2023, 48);
    expect(read.sections).toEqual(created.sections);
    expect(read.distribution.send).toBe("省中心领导、省级相关部门（单位）");
    expect((await store.issues.previous(centerId, { total: 469 }))?.seq).toBe(48);
    expect((await store.issues.latest(centerId))?.total).toBe(468);
  });

  it("keeps where an imported issue's original broke its pages, and nothing for a composed one", async () => {
    const originalPages = { breaks: [{ before: "会同四川省税务局", after: "对10家取水单位" }], pages: 4 };
    await store.issues.create(centerId, doc({ originalPages }));
    expect((await store.issues.require(centerId, 2023, 48)).originalPages).toEqual(originalPages);
    await store.issues.create(centerId, doc({ seq: 49, total: 469, period: { start: "2023-12-11", end: "2023-12-15" } }));
    expect((await store.issues.require(centerId, 2023, 49)).originalPages).toBeNull();
  });

  it("refuses a duplicate issue number and writes nothing", async () => {
    await store.issues.create(centerId, doc());
    await expect(store.issues.create(centerId, doc({ total: 999 }))).rejects.toMatchObject({ code: "issue.duplicate" });
    expect(await count()).toBe(1);
  });

  it("replaces an issue only when asked", async () => {
    await store.issues.create(centerId, doc());
    const replaced = await store.issues.create(centerId, doc({ copies: 100 }), { replace: true });
    expect(replaced.copies).toBe(100);
    expect(await count()).toBe(1);
  });

  it("refuses a total that breaks the year's continuity", async () => {
    await store.issues.create(centerId, doc());
    await expect(
      store.issues.create(centerId, doc({ seq: 49, total: 480, period: { start: "2023-12-11", end: "2023-12-15" } })),
    ).rejects.toMatchObject({ code: "issue.numbering-broken" });
    expect(await count()).toBe(1);
  });

  it("refuses impossible periods", async () => {
    await expect(store.issues.create(centerId, doc({ period: { start: "2023-12-08", end: "2023-12-04" } }))).rejects.toMatchObject({ code: "period.invalid" });
    await expect(store.issues.create(centerId, doc({ period: { start: "2023-10-02", end: "2023-10-06" } }))).rejects.toMatchObject({ code: "period.no-workday" });
    expect(await count()).toBe(0);
  });

  it("refuses an unknown department unless the caller keeps it on purpose", async () => {
    const d = doc({ attachments: [{ kind: "assessment", month: "2023-10", title: "考核", rows: [{ rank: 1, department: "火星事务局", base: 100, deduction: 0, bonus: 0, score: 100 }] }] });
    await expect(store.issues.create(centerId, d)).rejects.toMatchObject({ code: "department.unknown", message: expect.stringContaining("火星事务局") });
    expect(await count()).toBe(0);
    await store.issues.create(centerId, d, { allowUnknownDepartments: true });
    expect(await count()).toBe(1);
  });

  it("refuses a malformed document with a Chinese message", async () => {
    await expect(store.issues.create(centerId, { ...doc(), period: { start: "2023-13-01", end: "x" } })).rejects.toMatchObject({
      code: "input.invalid",
      message: expect.stringContaining("周报不符合要求"),
    });
  });

  it("a transaction that fails writes nothing", async () => {
    await expect(
      store.transaction(async (tx) => {
        await tx.issues.create(centerId, doc());
        await tx.issues.create(centerId, doc());
      }),
    ).rejects.toMatchObject({ code: "issue.duplicate" });
    expect(await count()).toBe(0);
  });

  it("a published issue cannot be updated", async () => {
    const i = await store.issues.create(centerId, doc(), { status: "published" });
    await expect(store.issues.update(i.id, doc({ copies: 5 }))).rejects.toMatchObject({ code: "issue.immutable" });
  });

  it("keeps calendar overrides and applies them", async () => {
    await store.calendar.setOverride(centerId, { date: "2023-12-11", workday: false, note: "设备检修" });
    expect((await store.calendar.calendar(centerId)).isWorkday("2023-12-11")).toBe(false);
    await store.calendar.setOverride(centerId, { date: "2023-12-11", workday: true });
    expect((await store.calendar.overrides(centerId))).toHaveLength(1);
    await store.calendar.removeOverride(centerId, "2023-12-11");
    expect(await store.calendar.overrides(centerId)).toEqual([]);
  });

  it("departments: seeded once, aliases resolved, a taken alias refused", async () => {
    expect(await store.departments.seed(centerId)).toBe(0);
    const reg = await store.departments.registry(centerId);
    expect(reg.resolve("应急厅")).toBe("应急管理厅");
    await expect(store.departments.save(centerId, { name: "新部门", aliases: ["应急厅"], displayOrder: 30 })).rejects.toMatchObject({ code: "department.duplicate" });
    await store.departments.save(centerId, { name: "人力资源社会保障厅", aliases: ["人社厅"], displayOrder: 30 });
    expect((await store.departments.registry(centerId)).resolve("人社厅")).toBe("人力资源社会保障厅");
  });
});
