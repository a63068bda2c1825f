import { describe, expect, it } from "vitest";
import { section, type Section } from "../domain/model/section.js";
import { scopeDraftSections } from "./draftScope.js";

const draft: Section[] = [
  section.parse({
    id: "news",
    level: 1,
    heading: "政务工作动态",
    content: {
      kind: "news",
      intro: "本周各窗口工作如下。",
      items: [
        { id: "a", text: "水利厅窗口开展取水许可检查。", departments: ["水利厅"] },
        { id: "b", text: "公安厅窗口召开推进会。", departments: ["公安厅"] },
      ],
    },
    verbatim: [{ id: "v", text: "一段导入时未能识别的原文。", line: 12, reviewed: false }],
  }),
];

describe("scopeDraftSections", () => {
  it("keeps a liaison's own items and drops other departments' items, intros and kept paragraphs", () => {
    const [s] = scopeDraftSections(draft, "水利厅");
    expect(s.heading).toBe("政务工作动态");
    expect(s.content.kind === "news" && s.content.items.map((i) => i.id)).toEqual(["a"]);
    expect(s.content.kind === "news" && s.content.intro).toBeNull();
    expect(s.verbatim).toBeUndefined();
  });

  it("gives a contributor without a department the headings only", () => {
    const [s] = scopeDraftSections(draft, null);
    expect(s.content.kind === "news" && s.content.items).toEqual([]);
  });
});
