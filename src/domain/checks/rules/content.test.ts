import { describe, expect, it } from "vitest";
import { contextOf, findingsOf, issue2023_49 } from "../fixtures.js";

const withVerbatim = (reviewed: boolean) => {
  const doc = issue2023_49();
  doc.sections[1].verbatim = [
    { id: "k1", text: "（3）9月22日上午，窗口迎来省人大代表视察组，视察组实地体验了高频事项的办理流程。", line: 23, reviewed },
  ];
  return doc;
};

describe("content.unreviewed", () => {
  it("passes an issue without kept text, and kept text an editor confirmed", () => {
    expect(findingsOf("content.unreviewed", issue2023_49(), contextOf(null))).toEqual([]);
    expect(findingsOf("content.unreviewed", withVerbatim(true), contextOf(null))).toEqual([]);
  });

  it("names each paragraph not yet reviewed, as an error", () => {
    const doc = withVerbatim(false);
    const [f, ...rest] = findingsOf("content.unreviewed", doc, contextOf(null));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: "error", sectionId: doc.sections[1].id, field: "verbatim[0]" });
    expect(f.message).toContain("第 23 行");
    expect(f.message).toContain("原文未能识别");
    expect(f.message).toContain("（3）9月22日上午");
  });
});
