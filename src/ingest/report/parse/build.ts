import type { DepartmentRegistry, Section } from "../../../domain/index.js";
import { newId } from "../../../domain/index.js";
import type { ImportProblem, ReportLine } from "../types.js";
import type { SectionContext, SectionResult } from "./context.js";
import { parseManualProgress, parsePlatformStats, parsePolicyLists, parseWindowCounts } from "./figures.js";
import { groupResult, parseInspection, parseLeaderVisits, parseNews } from "./prose.js";
import { sectionKindOf } from "./kinds.js";
import type { OutlineNode } from "./outline.js";
import { toVerbatim } from "./verbatim.js";

const PARSERS = {
  news: parseNews,
  "leader-visits": parseLeaderVisits,
  inspection: parseInspection,
  "platform-stats": parsePlatformStats,
  "window-counts": parseWindowCounts,
  "manual-progress": parseManualProgress,
  "policy-lists": parsePolicyLists,
  text: (lines: ReportLine[]): SectionResult => ({ content: { kind: "text", paragraphs: lines.map((l) => l.text) }, unparsed: [], problems: [] }),
  group: groupResult,
  part: (lines: ReportLine[], ctx: SectionContext): SectionResult => ({ ...groupResult(lines, ctx), content: { kind: "part" } }),
} as const;

/**
 * Turns the heading tree into sections with typed content, collecting what each
 * section's parser did not understand.
 *
 * @example
 * buildSections(outline.roots, { registry, dateOf }, sink)[0].content.kind; // "platform-stats"
 */
export function buildSections(
  nodes: OutlineNode[],
  env: { registry: DepartmentRegistry; dateOf: SectionContext["dateOf"] },
  out: { unparsed: ReportLine[]; problems: ImportProblem[] },
): Section[] {
  return nodes.map((node) => {
    const ctx: SectionContext = { ...env, heading: node.heading, headingLine: node.line };
    const kind = node.level === 0 ? "part" : sectionKindOf(node.heading, node.body, node.children.length > 0);
    const result = PARSERS[kind](node.body, ctx);
    out.unparsed.push(...result.unparsed);
    out.problems.push(...result.problems);
    const section: Section = {
      id: newId(),
      level: node.level,
      heading: node.heading,
      content: result.content,
      children: buildSections(node.children, env, out),
    };
    if (result.kept?.length) section.verbatim = toVerbatim(result.kept);
    return section;
  });
}
