import type { SectionKind } from "../../../domain/index.js";
import { BUILTIN_TEMPLATES, INSPECTION_ITEMS } from "../../../domain/index.js";
import { squash } from "../text/fold.js";
import type { ReportLine } from "../types.js";

type TemplateNode = [heading: string, kind: SectionKind, children?: TemplateNode[]];

/** Heading spellings vary (其他/其它, spaces, half-width brackets): compare them folded. */
function headingKey(heading: string): string {
  return squash(heading).replace(/其他/g, "其它").replace(/\(/g, "（").replace(/\)/g, "）");
}

const KNOWN = new Map<string, { heading: string; kind: SectionKind }>();
function collect(nodes: TemplateNode[]): void {
  for (const [heading, kind, children] of nodes) {
    KNOWN.set(headingKey(heading), { heading, kind });
    if (children) collect(children);
  }
}
for (const t of Object.values(BUILTIN_TEMPLATES)) collect(t.nodes as unknown as TemplateNode[]);

/**
 * A heading in the templates' spelling when it is one of theirs (其他工作开展情况 →
 * 其它工作开展情况), so issues of different years chart under one name.
 *
 * @example
 * canonicalHeading("其他工作开展情况"); // "其它工作开展情况"
 */
export function canonicalHeading(heading: string): string {
  return KNOWN.get(headingKey(heading))?.heading ?? heading;
}

const INSPECTION_KEYS = new Set(INSPECTION_ITEMS.map((i) => headingKey(i)));
/** 按时到岗情况 and the other standard items of the hall inspection. */
export function isInspectionItem(text: string): boolean {
  return INSPECTION_KEYS.has(headingKey(text.replace(/[。：:].*$/, "")));
}

/** Sentences only a data section prints (DESIGN.md §3). */
const SIGNATURES: [RegExp, SectionKind][] = [
  [/行政许可事项受理\d/, "platform-stats"],
  [/咨询\d[\d, ]*人次/, "window-counts"],
  [/完成\d[\d, ]*个办理项的?受理工作手册/, "manual-progress"],
  [/清单共\d[\d, ]*个事项/, "policy-lists"],
];

/**
 * The kind of a section, from its heading and its text: a heading says leader visits
 * or inspection; a template's heading keeps its kind; otherwise the generated
 * sentences give the data kinds away; everything else is news.
 *
 * @example
 * sectionKindOf("大厅巡查情况", lines, false); // "inspection"
 */
export function sectionKindOf(heading: string, lines: ReportLine[], hasChildren: boolean): SectionKind {
  if (hasChildren) return "group";
  if (/长进大厅|领导进大厅|负责人进大厅/.test(heading)) return "leader-visits";
  if (/巡查/.test(heading)) return "inspection";
  const known = KNOWN.get(headingKey(heading));
  if (known && known.kind !== "group" && known.kind !== "part") return known.kind;
  const text = lines.map((l) => l.text).join("");
  for (const [pattern, kind] of SIGNATURES) if (pattern.test(text)) return kind;
  return "news";
}
