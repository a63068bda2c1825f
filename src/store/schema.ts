import type { Generated } from "kysely";

/** Table types of the store. JSON documents are kept as text in both dialects. */
export interface Database {
  centers: CentersTable;
  departments: DepartmentsTable;
  issues: IssuesTable;
  issue_revisions: IssueRevisionsTable;
  calendar_overrides: CalendarOverridesTable;
  templates: TemplatesTable;
}

export interface CentersTable {
  id: Generated<number>;
  code: string;
  name: string;
  /** Default 报/送/发 recipients and print run for new issues (JSON). */
  defaults: string;
  created_at: string;
}

export interface DepartmentsTable {
  id: Generated<number>;
  center_id: number;
  name: string;
  /** JSON array of short names. */
  aliases: string;
  display_order: number;
  active: number;
}

export interface IssuesTable {
  id: Generated<number>;
  center_id: number;
  year: number;
  seq: number;
  total: number;
  title: string;
  issuer: string;
  published_on: string | null;
  period_start: string;
  period_end: string;
  status: string;
  copies: number | null;
  dist_report: string | null;
  dist_send: string | null;
  dist_issue: string | null;
  /** The section tree (JSON). */
  sections: string;
  /** Attachments (JSON). */
  attachments: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

export interface IssueRevisionsTable {
  id: Generated<number>;
  issue_id: number;
  revision: number;
  /** The whole document of that revision (JSON). */
  document: string;
  reason: string | null;
  created_by: string | null;
  created_at: string;
}

export interface CalendarOverridesTable {
  date: string;
  workday: number;
  note: string | null;
}

export interface TemplatesTable {
  id: Generated<number>;
  center_id: number;
  name: string;
  sections: string;
  created_at: string;
}
