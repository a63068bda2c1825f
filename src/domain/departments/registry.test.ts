import { describe, expect, it } from "vitest";
import { DepartmentRegistry } from "./registry.js";
import { SEED_DEPARTMENTS } from "./seed.js";

const registry = new DepartmentRegistry(SEED_DEPARTMENTS.map((d, i) => ({ ...d, displayOrder: i + 1 })));

describe("DepartmentRegistry", () => {
  it("seeds the 29 departments of the 2023-10 assessment table", () => {
    expect(SEED_DEPARTMENTS).toHaveLength(29);
    expect(SEED_DEPARTMENTS[0].name).toBe("自然资源厅");
    expect(SEED_DEPARTMENTS.map((d) => d.name)).toContain("省新闻出版局（省电影局）");
  });

  it.each([
    ["应急厅", "应急管理厅"],
    ["省卫健委", "省卫生健康委"],
    ["文旅厅", "文化和旅游厅"],
    ["住建厅", "住房城乡建设厅"],
    ["省贸促", "省贸促会"],
    ["省自然资源厅", "自然资源厅"],
    ["省新闻出版局 (省电影局)", "省新闻出版局（省电影局）"],
    ["**省林草局**", "省林草局"],
    ["水利厅窗口", "水利厅"],
    ["四川省商务厅", "商务厅"],
  ])("resolves %s → %s", (alias, canonical) => {
    expect(registry.resolve(alias)).toBe(canonical);
  });

  it("returns null for an unknown name", () => {
    expect(registry.resolve("火星事务局")).toBeNull();
    expect(registry.resolve("")).toBeNull();
  });

  it("finds mentioned departments in order, longest name first", () => {
    expect(registry.mentions("省卫健委窗口与商务厅联合……应急厅党委委员")).toEqual(["省卫生健康委", "商务厅", "应急管理厅"]);
    // Another city's or the nation's office of the same kind is not the province's department.
    expect(registry.mentions("重庆市应急厅来我中心交流，国家商务厅……")).toEqual([]);
    expect(registry.mentions("成都市应急厅与省应急厅")).toEqual(["应急管理厅"]);
  });
});
