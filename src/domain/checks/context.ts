import type { HolidayCalendar } from "../calendar/holidayCalendar.js";
import type { DepartmentRegistry } from "../departments/registry.js";
import type { IssueDocument } from "../model/issue.js";
import type { ContentOf, Section, SectionKind } from "../model/section.js";
import { walkSections } from "../tree.js";
import { CHECK_CODES, type CheckCode } from "./codes.js";
import type { Finding } from "./finding.js";

/**
 * What the checker needs besides the issue: the previous stored issue of the center
 * (any year), the other issues of the issue's year in full (any order; the issue itself
 * is ignored if present), the holiday calendar with its overrides and the department
 * registry. `publishing` is true when the issue is being (or has been) published: what
 * only a published issue must have (印发日期) is then required.
 */
export type CheckContext = {
  previous: IssueDocument | null;
  sameYear: readonly IssueDocument[];
  calendar: HolidayCalendar;
  registry: DepartmentRegistry;
  publishing?: boolean;
  /** The inspector's records filed for this issue and not yet adopted into it (none when unknown). */
  pendingInspections?: readonly PendingInspection[];
};

/** An inspection record filed for an issue, as the checks name it. */
export type PendingInspection = { inspectedOn: string; inspector: string };

/** An issue with its sections indexed by kind, built once per issue. */
export type IssueView = { doc: IssueDocument; byKind: ReadonlyMap<SectionKind, Section[]> };

/** The prevailing total − seq of the year's other issues and the first issue that shows it. */
export type OffsetReference = { offset: number; issue: IssueDocument };

/** What a rule sees: the issue's neighbours, derived once from a CheckContext or an archive walk. */
export type RuleContext = {
  /** The previous stored issue in total order (may be of the previous year). */
  previous: IssueView | null;
  /** The latest earlier issue of the same year. */
  previousOfYear: IssueView | null;
  /**
   * Every earlier issue of the same year, lowest seq first: year-to-date figures are
   * compared with the latest of them that has the figure (an empty issue is skipped).
   */
  earlierOfYear: readonly IssueView[];
  publishing: boolean;
  offsetReference: OffsetReference | null;
  calendar: HolidayCalendar;
  registry: DepartmentRegistry;
  pendingInspections?: readonly PendingInspection[];
};

export type Rule = (view: IssueView, ctx: RuleContext) => Finding[];

/**
 * The latest earlier issue of the year in which `pick` finds a value, with the value;
 * null when none has it. An issue left empty (or a section it lacks) is skipped, so a
 * year-to-date figure is never compared with nothing.
 *
 * @example latestWith(ctx, (v) => sectionsOf(v, "window-counts")[0]?.content.ytd)?.view.doc.seq; // 48
 */
export function latestWith<T>(ctx: RuleContext, pick: (v: IssueView) => T | null | undefined): { view: IssueView; value: T } | null {
  for (let k = ctx.earlierOfYear.length - 1; k >= 0; k--) {
    const value = pick(ctx.earlierOfYear[k]);
    if (value !== null && value !== undefined) return { view: ctx.earlierOfYear[k], value };
  }
  return null;
}

const views = new WeakMap<IssueDocument, IssueView>();

/**
 * The indexed view of an issue (cached: an archive walk sees each issue twice).
 *
 * @example viewOf(doc).byKind.get("window-counts")?.[0].heading; // "省本级综窗办件情况"
 */
export function viewOf(doc: IssueDocument): IssueView {
  let v = views.get(doc);
  if (!v) {
    const byKind = new Map<SectionKind, Section[]>();
    for (const s of walkSections(doc.sections)) {
      const list = byKind.get(s.content.kind);
      if (list) list.push(s);
      else byKind.set(s.content.kind, [s]);
    }
    v = { doc, byKind };
    views.set(doc, v);
  }
  return v;
}

/** The sections of one kind with their typed content: sectionsOf(view, "policy-lists")[0].content.lists */
export function sectionsOf<K extends SectionKind>(v: IssueView, kind: K): (Section & { content: ContentOf<K> })[] {
  return (v.byKind.get(kind) ?? []) as (Section & { content: ContentOf<K> })[];
}

export type Place = Pick<Finding, "section" | "sectionId" | "field">;

/** The place of a masthead/版记 field: placeInHeader("copies"). */
export function placeInHeader(field: string): Place {
  return { section: null, sectionId: null, field };
}

/** The place of a figure inside a section: placeIn(section, "licensing.accepted") */
export function placeIn(s: Section, field: string | null): Place {
  return { section: s.heading, sectionId: s.id, field };
}

/** A finding of a code; its severity comes from the code table: found("period.order", "…", placeInHeader("publishedOn")) */
export function found(code: CheckCode, message: string, place: Place): Finding {
  return { code, severity: CHECK_CODES[code].severity, message, ...place, overridden: false, overrideReason: null };
}

/** "2022年第30期" */
export function issueName(i: { year: number; seq: number }): string {
  return `${i.year}年第${i.seq}期`;
}

/** How an earlier issue is named in a message: 上一期（2022年第30期）or 此前的2022年第28期. */
export function earlierName(ctx: RuleContext, other: IssueDocument): string {
  return ctx.previous?.doc === other ? `上一期（${issueName(other)}）` : `此前的${issueName(other)}`;
}
