import type { DepartmentRegistry, Period, SectionContent } from "../../../domain/index.js";
import type { ImportProblem, ReportLine } from "../types.js";
import type { Kept } from "./verbatim.js";

/** What a section parser knows about the issue around it. */
export type SectionContext = {
  registry: DepartmentRegistry;
  heading: string;
  headingLine: ReportLine;
  /** "1月11日" in this issue → an ISO date (the year comes from the period). */
  dateOf: (month: number, day: number) => string | null;
};

/**
 * A section's content, the lines it did not understand (for Facts' `unparsed`), the text
 * of those lines that the content does not hold (`kept`, printed verbatim) and the problems found.
 */
export type SectionResult = { content: SectionContent; unparsed: ReportLine[]; kept?: Kept[]; problems: ImportProblem[] };

/**
 * The date of "M月D日" in an issue covering `period`: the year that puts it nearest
 * the period (a visit on 12月29日 in the first issue of a year was last year's).
 *
 * @example
 * dateNear({ start: "2023-01-03", end: "2023-01-06" })(12, 29); // "2022-12-29"
 */
export function dateNear(period: Period): (month: number, day: number) => string | null {
  const anchor = Date.parse(`${period.start}T00:00:00Z`);
  const year = Number(period.start.slice(0, 4));
  return (month, day) => {
    let best: string | null = null;
    let bestDistance = Infinity;
    for (const y of [year - 1, year, year + 1]) {
      const iso = isoDate(y, month, day);
      if (!iso) continue;
      const distance = Math.abs(Date.parse(`${iso}T00:00:00Z`) - anchor);
      if (distance < bestDistance) [best, bestDistance] = [iso, distance];
    }
    return best;
  };
}

/**
 * y, m, d → "YYYY-MM-DD", or null when there is no such day.
 *
 * @example
 * isoDate(2023, 2, 30); // null
 */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1990 && y <= 2200)) return null;
  const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) === iso ? iso : null;
}

/**
 * One problem per unparsed run of lines, pointing at its first line.
 *
 * @example
 * unparsedProblem([line], "“大厅巡查情况”中的文字")[0].code; // "section.unrecognised-text"
 */
export function unparsedProblem(lines: ReportLine[], what: string): ImportProblem[] {
  if (!lines.length) return [];
  return [{ code: "section.unrecognised-text", line: lines[0].no, message: `${what}：第 ${lines.map((l) => l.no).join("、")} 行未能识别，已按原文保留在该栏目，请在编辑页核对。` }];
}
