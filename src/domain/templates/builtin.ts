import type { Section, SectionKind } from "../model/section.js";
import { newId } from "../model/common.js";
import { emptyContent } from "./emptyContent.js";

type Node = [heading: string, kind: SectionKind, children?: Node[]];

function build(nodes: Node[], level: number): Section[] {
  return nodes.map(([heading, kind, children]) => ({
    id: newId(),
    level: level as Section["level"],
    heading,
    content: emptyContent(kind),
    children: build(children ?? [], level + 1),
  }));
}

const GENERATION_2022: Node[] = [
  [
    "政务服务工作",
    "part",
    [
      ["省级政务服务事项受理办理情况", "platform-stats"],
      [
        "窗口工作动态",
        "group",
        [
          ["优化营商环境工作开展情况", "news"],
          ["窗口服务效能提升工作情况", "news"],
          ["厅（局）长进大厅", "leader-visits"],
        ],
      ],
      ["大厅巡查情况", "inspection"],
    ],
  ],
];

const GENERATION_2023: Node[] = [
  ["惠企政策直达快享专项行动", "policy-lists"],
  ["政务工作动态", "news"],
  ["厅（局）长进大厅", "leader-visits"],
  [
    "综窗改革攻坚行动",
    "group",
    [
      ["省本级综窗办件情况", "window-counts"],
      ["事项授权及受理手册编制推进情况", "manual-progress"],
      ["其它工作开展情况", "news"],
    ],
  ],
];

/** The two template generations seen in real issues (DESIGN.md §3). */
export const BUILTIN_TEMPLATES = {
  "2022": { name: "2022 版（政务服务工作）", nodes: GENERATION_2022 },
  "2023": { name: "2023 版（专项行动与综窗改革）", nodes: GENERATION_2023 },
} as const;
export type BuiltinTemplate = keyof typeof BUILTIN_TEMPLATES;

/**
 * A fresh section tree of a built-in template.
 *
 * @example
 * builtinTemplate("2023")[3].children[0].content.kind; // "window-counts"
 */
export function builtinTemplate(name: BuiltinTemplate): Section[] {
  const top = BUILTIN_TEMPLATES[name].nodes;
  return build(top, top[0]?.[1] === "part" ? 0 : 1);
}

/** The tree of `previous` with its content emptied: how a new issue starts (DESIGN.md §3). */
export function treeFromPrevious(previous: Section[]): Section[] {
  return previous.map((s) => ({
    id: newId(),
    level: s.level,
    heading: s.heading,
    content: emptyContent(s.content.kind, s.content),
    children: treeFromPrevious(s.children),
  }));
}
