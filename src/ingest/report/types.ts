import type { DepartmentRegistry, Facts, IssueDocument } from "../../domain/index.js";

/** One line of the normalised text, with its line number in the extracted source. */
export type ReportLine = {
  /** 1-based line number in the extracted text. */
  no: number;
  /** The line as extracted (trailing whitespace removed): what `unparsed` reports. */
  raw: string;
  /** The folded line the parser reads (see text/fold.ts); "" for a blank line. */
  text: string;
};

/** Stable codes of the problems the parser reports (data, not exceptions). */
export type ProblemCode =
  | "masthead.title-missing"
  | "masthead.published-missing"
  | "masthead.issuer-missing"
  | "masthead.period-mismatch"
  | "heading.numbering"
  | "section.unrecognised-text"
  | "section.figures-missing"
  | "department.unknown"
  | "leader-visit.unrecognised"
  | "inspection.unrecognised"
  | "assessment.score-mismatch"
  | "assessment.rank-mismatch"
  | "assessment.missing"
  | "attachment.unsupported"
  | "colophon.unrecognised"
  | "text.unparsed";

/** Something the importer noticed: the issue still imports; a person should look. */
export type ImportProblem = { code: ProblemCode; line: number | null; message: string };

/** What parsing a report gives: the issue, its Facts and the problems found. */
export type ParsedReport = { doc: IssueDocument; facts: Facts; problems: ImportProblem[] };

export type ParseOptions = {
  /** Resolves department short names; defaults to the seed departments. */
  registry?: DepartmentRegistry;
  /** Used when the masthead has no issuer line (e.g. the importing center's name). */
  issuer?: string;
  /** Shown in messages ("文件 xxx"); defaults to 该文件. */
  sourceName?: string;
  /**
   * Whether the text shows where the original broke its pages (a PDF, or text extracted from
   * one): kept as the issue's originalPages. False for DOCX and HTML, which have no pages.
   */
  pages?: boolean;
};
