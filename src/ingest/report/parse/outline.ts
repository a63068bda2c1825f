import type { ImportProblem, ReportLine } from "../types.js";
import { chineseNumeral } from "../../../domain/index.js";
import { HEADING_1, HEADING_2, isHeadingText, toNumber } from "./patterns.js";
import { canonicalHeading, isInspectionItem } from "./kinds.js";

/** A heading and the lines under it, before its content is read. */
export type OutlineNode = {
  level: 0 | 1 | 2;
  heading: string;
  line: ReportLine;
  body: ReportLine[];
  children: OutlineNode[];
};

/**
 * Builds the heading tree of the body line by line: 一、 opens a level-1 section,
 * （一） a level-2 one; other lines go to the innermost open section. In an
 * inspection section a （一） line with a verdict (or naming a standard item) is an
 * item, not a heading. Numbering gaps are reported, not fatal.
 *
 * @example
 * const o = new Outline(); lines.forEach((l) => o.add(l)); o.roots[0].heading; // "政务工作动态"
 */
export class Outline {
  readonly roots: OutlineNode[] = [];
  /** Body lines before the first heading: they belong to no section. */
  readonly orphans: ReportLine[] = [];
  readonly problems: ImportProblem[] = [];
  private part: OutlineNode | null = null;
  private level1: OutlineNode | null = null;
  private level2: OutlineNode | null = null;

  addPart(heading: string, line: ReportLine): void {
    this.part = { level: 0, heading, line, body: [], children: [] };
    this.roots.push(this.part);
    this.level1 = this.level2 = null;
  }

  add(line: ReportLine): void {
    const h1 = HEADING_1.exec(line.text);
    if (h1 && isHeadingText(h1[2])) return this.open(1, toNumber(h1[1]), h1[2], line);
    const h2 = HEADING_2.exec(line.text);
    if (h2 && isHeadingText(h2[2]) && this.level1 && !(this.inInspection() && isInspectionItem(h2[2])))
      return this.open(2, toNumber(h2[1]), h2[2], line);
    const current = this.level2 ?? this.level1 ?? this.part;
    if (current) current.body.push(line);
    else this.orphans.push(line);
  }

  private inInspection(): boolean {
    return /巡查/.test((this.level2 ?? this.level1)?.heading ?? "");
  }

  private open(level: 1 | 2, number: number, text: string, line: ReportLine): void {
    const node: OutlineNode = { level, heading: canonicalHeading(text), line, body: [], children: [] };
    const siblings = level === 1 ? (this.part?.children ?? this.roots.filter((r) => r.level === 1)) : this.level1!.children;
    const expected = siblings.length + 1;
    if (number !== expected)
      this.problems.push({
        code: "heading.numbering",
        line: line.no,
        message: `第 ${line.no} 行的标题“${line.text}”编号不连续：按顺序应为${level === 1 ? `${chineseNumeral(expected)}、` : `（${chineseNumeral(expected)}）`}。`,
      });
    if (level === 1) {
      (this.part ? this.part.children : this.roots).push(node);
      this.level1 = node;
      this.level2 = null;
    } else {
      this.level1!.children.push(node);
      this.level2 = node;
    }
  }
}
