import { describe, expect, it } from "vitest";
import { assertDivisionCode, assertInsideParent, divisionPrefix, isDivisionCode } from "./divisionCode.js";
import { nestCenters, treeOrder } from "./tree.js";

describe("administrative division codes of centers", () => {
  it("accepts six digits of a province-level area and names what is wrong otherwise", () => {
    expect(["510000", "510100", "510107", "110101", "820000"].map(isDivisionCode)).toEqual([true, true, true, true, true]);
    expect(["main", "51010", "5101000", "990000", "001000", "51010a", ""].map(isDivisionCode)).toEqual([false, false, false, false, false, false, false]);
    expect(() => assertDivisionCode("990000")).toThrow(/前两位 99 不是省级行政区划代码/);
    expect(() => assertDivisionCode("5101")).toThrow(expect.objectContaining({ code: "center.bad-code", message: expect.stringContaining("应为 6 位数字") }));
  });

  it("places a center only inside its parent's area, and nothing below a county", () => {
    expect([divisionPrefix("510000"), divisionPrefix("510100"), divisionPrefix("510107")]).toEqual(["51", "5101", "510107"]);
    for (const [code, parent] of [["510100", "510000"], ["510107", "510100"], ["510107", "510000"], ["510100", "main"]]) expect(() => assertInsideParent(code, parent)).not.toThrow();
    for (const [code, parent] of [["520100", "510000"], ["510701", "510100"], ["510000", "510000"], ["510108", "510107"]])
      expect(() => assertInsideParent(code, parent)).toThrow(expect.objectContaining({ code: "center.outside-parent" }));
  });
});

describe("the tree of centers", () => {
  const flat = [
    { id: 1, code: "main", name: "演示中心", parentId: null },
    { id: 2, code: "510000", name: "四川省", parentId: null },
    { id: 5, code: "510700", name: "绵阳市", parentId: 2 },
    { id: 3, code: "510100", name: "成都市", parentId: 2 },
    { id: 4, code: "510107", name: "武侯区", parentId: 3 },
  ];

  it("lists depth first, children by code, with parents' codes; a missing parent makes a root", () => {
    expect(treeOrder(flat).map((c) => `${c.depth}:${c.code}<${c.parentCode}`)).toEqual(["0:510000<null", "1:510100<510000", "2:510107<510100", "1:510700<510000", "0:main<null"]);
    expect(treeOrder(flat.filter((c) => c.id !== 2)).map((c) => `${c.depth}:${c.code}`)).toEqual(["0:510100", "1:510107", "0:510700", "0:main"]);
  });

  it("nests the list into branches for the table", () => {
    const nested = nestCenters(treeOrder(flat));
    expect(nested.map((c) => c.code)).toEqual(["510000", "main"]);
    expect(nested[0].children?.map((c) => [c.code, c.children?.map((x) => x.code)])).toEqual([["510100", ["510107"]], ["510700", undefined]]);
    expect(nested[1].children).toBeUndefined();
  });
});
