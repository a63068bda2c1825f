import type { Generated } from "kysely";
import type { DistributionTables } from "./schemaDistribution.js";
import type { ReviewTables } from "./schemaReview.js";

/** Table types of the store. JSON documents are kept as text in both dialects. */
export interface Database extends DistributionTables, ReviewTables {
  centers: CentersTable;
  departments: DepartmentsTable;
  issues: IssuesTable;
  issue_revisions: IssueRevisionsTable;
  calendar_overrides: CalendarOverridesTable;
  templates: TemplatesTable;
  // Collaboration server (migration 0002).
  users: UsersTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  submissions: SubmissionsTable;
  inspections: InspectionsTable;
  assessments: AssessmentsTable;
  issue_workflow: IssueWorkflowTable;
  issue_documents: IssueDocumentsTable;
  audit_log: AuditLogTable;
  // Case and front-desk ledgers (migration 0003, docs/LEDGER.md).
  ledger_sources: LedgerSourcesTable;
  ledger_matters: LedgerMattersTable;
  ledger_case_prefixes: LedgerCasePrefixesTable;
  ledger_imports: LedgerImportsTable;
  ledger_cases: LedgerCasesTable;
  ledger_desk_events: LedgerDeskEventsTable;
  ledger_rollups: LedgerRollupsTable;
  ledger_daily: LedgerDailyTable;
  /** Month totals of ledger_daily (migration 0015), kept by the same writers. */
  ledger_monthly: LedgerMonthlyTable;
  // API tokens of machine clients (migration 0007).
  api_tokens: ApiTokensTable;
}

export interface CentersTable {
  id: Generated<number>;
  code: string;
  name: string;
  /** Default 报/送/发 recipients and print run for new issues (JSON). */
  defaults: string;
  created_at: string;
  /** The center above this one (migration 0009); null at the top. */
  parent_id: number | null;
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
  /** Where the printed original broke its pages (JSON, imported issues; migration 0017). */
  original_pages: string | null;
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
  /** Each center keeps its own overrides (migration 0010). */
  center_id: number;
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

// ── Collaboration server (migration 0002_collaboration) ──────────────────────

export interface UsersTable {
  id: Generated<number>;
  center_id: number;
  username: string;
  display_name: string;
  /** One of USER_ROLES (store/repositories/users.ts). */
  role: string;
  /** The department a liaison submits for; null for the other roles. */
  department_id: number | null;
  /** scrypt$N$r$p$salt$hash (services/passwordHasher.ts). */
  password_hash: string;
  must_change_password: number;
  active: number;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id: Generated<number>;
  user_id: number;
  /** SHA-256 of the cookie's token: a stolen database does not yield live sessions. */
  token_hash: string;
  created_at: string;
  last_seen_at: string;
  /** Absolute end of the session; the idle limit is counted from last_seen_at. */
  expires_at: string;
  address: string | null;
  user_agent: string | null;
}

export interface LoginThrottleTable {
  /** "pair:IP|NAME" (one address trying one account) or "account:NAME". */
  key: string;
  /** Attempts reserved in the current window (counted before the password is verified). */
  failures: number;
  window_start: string;
  blocked_until: string | null;
  /** Blocks in a row (migration 0006): each lasts twice as long as the one before. */
  strikes: Generated<number>;
}

export interface SubmissionsTable {
  id: Generated<number>;
  center_id: number;
  issue_id: number | null;
  department_id: number;
  /** "news" | "leader-visit". */
  kind: string;
  /** The news section the item is meant for (null for leader visits). */
  section_id: string | null;
  /** The item itself (JSON). */
  content: string;
  /** draft | submitted | accepted | returned. */
  status: string;
  /** The editor's comment when returning it. */
  comment: string | null;
  author_id: number;
  reviewer_id: number | null;
  submitted_at: string | null;
  reviewed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface InspectionsTable {
  id: Generated<number>;
  center_id: number;
  issue_id: number | null;
  inspected_on: string;
  /** The six items with verdict and note (JSON). */
  items: string;
  inspector_id: number;
  attached_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface AssessmentsTable {
  id: Generated<number>;
  center_id: number;
  /** YYYY-MM. */
  month: string;
  title: string;
  /** Per department: base, deduction and bonus items with reasons (JSON). */
  entries: string;
  /** draft | approved. */
  status: string;
  author_id: number;
  approver_id: number | null;
  approved_at: string | null;
  /** The issue it is attached to, once attached. */
  issue_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface IssueWorkflowTable {
  issue_id: number;
  /** The editor's written reasons to let warnings stand (JSON FindingOverride[]). */
  overrides: string;
  submitted_by: string | null;
  submitted_at: string | null;
  approved_by: string | null;
  approved_at: string | null;
  published_by: string | null;
  published_at: string | null;
  /** The last comment given with a transition (e.g. why it was sent back). */
  comment: string | null;
}

export interface IssueDocumentsTable {
  id: Generated<number>;
  issue_id: number;
  revision: number;
  /** docx | pdf | html. */
  format: string;
  content_type: string;
  content: Uint8Array;
  sha256: string;
  created_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  center_id: number;
  at: string;
  actor_id: number | null;
  /** The username (or "system:…" for the CLI) as it was at the time. */
  actor: string;
  address: string | null;
  entity: string;
  entity_id: string;
  action: string;
  before: string | null;
  after: string | null;
}

/** A saved column mapping of one export source (ledger "cases" or "desk"). */
export interface LedgerSourcesTable {
  center_id: number;
  ledger: string;
  name: string;
  /** JSON: field → column header. */
  mapping: string;
  updated_at: string;
}

/** Dictionary of matter names (事项名称), so that case rows carry a small id. */
export interface LedgerMattersTable {
  center_id: number;
  id: number;
  name: string;
}

export interface LedgerImportsTable {
  center_id: number;
  id: number;
  ledger: string;
  source: string | null;
  file_name: string;
  /** running | done | failed; a killed import stays "running" with the counts of its committed batches. */
  status: string;
  rows_read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  batches: number;
  started_at: string;
  finished_at: string | null;
  /** The importing process (pid on host) and its last committed batch: a dead one marks the import interrupted. */
  pid: number | null;
  host: string | null;
  heartbeat_at: string | null;
}

/**
 * One platform case (办件). The case number is stored split (src/domain/ledger/caseNumber.ts):
 * case_prefix an id in ledger_case_prefixes, case_tail the number its last digits spell.
 * Days are yyyymmdd integers; category 1 licensing, 2 publicService, 3 otherPower.
 */
export interface LedgerCasesTable {
  center_id: number;
  case_prefix: number;
  case_tail: number;
  category: number;
  department_id: number;
  matter_id: number | null;
  accepted_on: number;
  completed_on: number | null;
}

/** A case-number prefix: the text before the last `digits` digits of a case number. */
export interface LedgerCasePrefixesTable {
  center_id: number;
  id: number;
  prefix: string;
  digits: number;
}

/** One front-desk event; measure 2 accepted, 3 consulted, 4 issued, 5 circulated (codes of MEASURES). */
export interface LedgerDeskEventsTable {
  center_id: number;
  event_key: string;
  measure: number;
  department_id: number;
  matter_id: number | null;
  day: number;
}

/** Count per day × department × category × measure, kept by the import in the same transaction. */
export interface LedgerRollupsTable {
  center_id: number;
  day: number;
  department_id: number;
  /** licensing | publicService | otherPower | window (the front desk). */
  category: string;
  /** accepted | completed | consulted | issued | circulated. */
  measure: string;
  n: number;
}

/** The rollups summed over departments: what "year to date" and "this week" read. */
export interface LedgerDailyTable {
  center_id: number;
  day: number;
  category: string;
  measure: string;
  n: number;
}

export interface LedgerMonthlyTable {
  center_id: number;
  /** yyyymm */
  month: number;
  category: string;
  measure: string;
  n: number;
}

export interface ApiTokensTable {
  id: Generated<number>;
  center_id: number;
  name: string;
  /** SHA-256 (hex) of the token; the token itself is shown once and never stored. */
  token_hash: string;
  /** JSON array of scopes. */
  scopes: string;
  created_at: string;
  created_by: string;
  expires_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}
