import { describe, expect, it } from "vitest";
import { walkSections } from "../../../domain/tree.js";
import { issueFacts } from "../../../domain/index.js";
import { parseReportText } from "./parseReport.js";
import { UNPLACED, casesIn } from "../testing/fixtures.js";
import { compareFacts } from "../testing/compareFacts.js";

const [fixture] = casesIn(UNPLACED).filter((c) => c.name === "2023-38");
const squash = (s: string) => s.replace(/\s/g, "");

describe("text the parser cannot place is kept in its section", () => {
  const { doc, facts, problems } = parseReportText(fixture.text);
  const kept = (heading: string) => [...walkSections(doc.sections)].find((s) => s.heading === heading)?.verbatim?.map((v) => v.text) ?? [];

  it("still reads the facts around it", () => {
    const r = compareFacts(fixture.expected, facts);
    expect(r.misses).toEqual([]);
  });

  it("keeps each piece in the section where it stood, marked for review", () => {
    expect(kept("政务工作动态")).toEqual(["内部资料注意保存"]); // the masthead: the first section
    expect(kept("厅（局）长进大厅")).toEqual([expect.stringMatching(/^（3）9月22日上午，窗口迎来省人大代表视察组.*3条建议。$/)]);
    expect(kept("综窗改革攻坚行动")).toEqual(["本周综窗继续落实“周例会”制度，集中研究疑难件14件。"]);
    expect(kept("省本级综窗办件情况")).toEqual(["其中，周三受理量为本周峰值，达152件。"]); // only what the sentence does not say
    expect(kept("事项授权及受理手册编制推进情况")).toEqual(["本期责任编辑：综合处"]); // the 版记: the last section
    expect([...walkSections(doc.sections)].flatMap((s) => s.verbatim ?? []).every((v) => !v.reviewed && v.line)).toBe(true);
  });

  it("still lists every line it did not understand in unparsed, with a warning", () => {
    expect(facts.unparsed.map((u) => u.line)).toEqual([9, 23, 27, 31, 43]);
    for (const u of facts.unparsed) expect(squash(fixture.text)).toContain(squash(u.text));
    expect(problems.map((p) => p.code)).toContain("text.unparsed");
  });

  it("a stored issue's Facts list the kept paragraphs until an editor reviews them", () => {
    expect(issueFacts(doc).unparsed.map((u) => u.line)).toEqual([9, 23, 27, 31, 43]);
    const reviewed = structuredClone(doc);
    for (const s of walkSections(reviewed.sections)) for (const v of s.verbatim ?? []) v.reviewed = true;
    expect(issueFacts(reviewed).unparsed).toEqual([]);
  });
});
