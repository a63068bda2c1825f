import { describe, expect, it } from "vitest";
import { printedParts, walkSections, type IssueDocument } from "../../domain/index.js";
import { treeFromPrevious } from "../../domain/templates/builtin.js";
import { fixture2022, fixture2023 } from "../fixtures.js";
import { runsText, type Block } from "../model.js";
import { contentBlocks } from "./sectionBlocks.js";

const text = (blocks: Block[]) => blocks.map((b) => (b.type === "paragraph" ? runsText(b.runs) : "")).join("\n");

/**
 * The checks read what a section prints from the domain's printedParts (the domain may
 * not import the renderer); this holds them to what the renderer really prints: every
 * piece appears in the rendered paragraphs, and a blank to fill (＿＿) is in both or in neither.
 */
function agree(doc: IssueDocument): void {
  for (const s of walkSections(doc.sections)) {
    const rendered = text(contentBlocks(s.content));
    const parts = printedParts(s.content);
    for (const p of parts) for (const line of p.text.split("\n").map((l) => l.trim()).filter(Boolean)) expect(rendered, s.heading).toContain(line);
    expect(parts.some((p) => p.text.includes("＿")), s.heading).toBe(rendered.includes("＿"));
  }
}

describe("printedParts, the checks' view of the printed text", () => {
  it("agrees with the renderer on both generations, filled in", () => {
    agree(fixture2022());
    agree(fixture2023());
  });

  it("agrees on untouched trees, where figures print as ＿＿", () => {
    for (const doc of [fixture2022(), fixture2023()]) {
      const untouched = { ...doc, sections: treeFromPrevious(doc.sections) };
      agree(untouched);
      expect(text(untouched.sections.flatMap((s) => [...walkSections([s])]).flatMap((s) => contentBlocks(s.content)))).toContain("＿＿");
    }
  });
});
