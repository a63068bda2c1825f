import { describe, expect, it } from "vitest";
import { firstOfKind } from "../../tree.js";
import { contextOf, findingsOf, issue2023_49 } from "../fixtures.js";

describe("policy.total-mismatch", () => {
  it("passes 123 = 122 + 1 and 71 = 41 + 30", () => {
    expect(findingsOf("policy.total-mismatch", issue2023_49(), contextOf(null))).toEqual([]);
  });

  it("fails a total off by two, naming the list and the figures", () => {
    const doc = issue2023_49();
    firstOfKind(doc.sections, "policy-lists")!.content.lists[1].total = 73;
    const f = findingsOf("policy.total-mismatch", doc, contextOf(null));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", field: "lists[1].total", section: "惠企政策直达快享专项行动" });
    expect(f[0].message).toBe(
      "《2023 年省级惠企政策事项清单（第一批）》共 73 个事项，不等于免申即享 41 项与快申快享 30 项之和 71 项。",
    );
  });
});
