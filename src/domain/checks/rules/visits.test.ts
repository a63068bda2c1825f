import { describe, expect, it } from "vitest";
import { walkSections } from "../../tree.js";
import { contextOf, findingsOf, issue2023_49 } from "../fixtures.js";

describe("visit.outside-period", () => {
  it("says nothing when every visit lies in the period", () => {
    expect(findingsOf("visit.outside-period", issue2023_49(), contextOf(null))).toEqual([]);
  });

  it("names a visit dated after the period, and asks for a reason (a warning)", () => {
    const doc = issue2023_49();
    const s = [...walkSections(doc.sections)].find((x) => x.content.kind === "leader-visits")!;
    if (s.content.kind !== "leader-visits") throw new Error("no leader-visits section");
    const day = new Date(Date.parse(doc.period.end) + 3 * 86_400_000).toISOString().slice(0, 10);
    s.content.visits.push({ id: "late", date: day, department: "自然资源厅", person: "李明", title: "副厅长", escort: null } as never);
    const f = findingsOf("visit.outside-period", doc, contextOf(null));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", sectionId: s.id });
    expect(f[0].message).toContain("李明");
    expect(f[0].message).toContain("不在本期统计周期");
  });
});
