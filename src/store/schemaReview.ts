import type { Generated } from "kysely";

/** Tables of migration 0012: the approver's comments per section (issue 18). */
export interface ReviewTables {
  review_comments: ReviewCommentsTable;
}

export interface ReviewCommentsTable {
  id: Generated<number>;
  center_id: number;
  issue_id: number;
  /** The section's id in the issue's tree. */
  section_id: string;
  heading: string;
  text: string;
  /** open | resolved. */
  status: string;
  created_by: string;
  created_by_name: string;
  created_at: string;
  resolved_by: string | null;
  resolved_at: string | null;
}
