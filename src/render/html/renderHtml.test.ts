import { describe, expect, it } from "vitest";
import { renderHtml } from "../index.js";
import { fixture2022, fixture2023 } from "../fixtures.js";
import { walkSections } from "../../domain/index.js";
import { SECTION_KINDS } from "../../domain/model/section.js";

describe("HTML", () => {
  it("the fixtures together render every section kind", () => {
    const kinds = new Set([...walkSections(fixture2022().sections), ...walkSections(fixture2023().sections)].map((s) => s.content.kind));
    expect([...kinds].sort()).toEqual([...SECTION_KINDS].sort());
    const html = renderHtml(fixture2023());
    for (const t of ["一、惠企政策直达快享专项行动", "（一）省本级综窗办件情况", "占比65.77%", "（共印91份）"]) expect(html).toContain(t);
  });

  it("escapes text typed by users", () => {
    const doc = fixture2023();
    const news = doc.sections[1].content;
    if (news.kind !== "news") throw new Error("fixture changed");
    news.items[0].text = '<img src=x onerror="alert(1)">水利厅';
    const html = renderHtml(doc, { standalone: false });
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;img src=x");
  });

  it("a standalone page carries A4 print CSS with the official margins", () => {
    const html = renderHtml(fixture2022(), { standalone: true });
    expect(html).toMatch(/@page \{ size: 210mm 297mm; margin: 37mm 26mm 35mm 28mm; \}/);
  });
});
