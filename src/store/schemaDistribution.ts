import type { Generated } from "kysely";

/** Tables of migration 0008: distribution, webhooks, the outbox, jobs and notifications (issue 21). */
export interface DistributionTables {
  recipients: RecipientsTable;
  webhooks: WebhooksTable;
  deliveries: DeliveriesTable;
  jobs: JobsTable;
  notifications: NotificationsTable;
  user_emails: UserEmailsTable;
}

export interface RecipientsTable {
  id: Generated<number>;
  center_id: number;
  /** The 版记 line: report (报), send (送) or issue (发). */
  line: string;
  /** person or group (a mailing list). */
  kind: string;
  name: string;
  email: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface WebhooksTable {
  id: Generated<number>;
  center_id: number;
  name: string;
  url: string;
  /** The HMAC-SHA256 key the receiver checks X-Zhoubao-Signature with. */
  secret: string;
  active: number;
  created_at: string;
  updated_at: string;
}

/** The outbox: one row per message (e-mail to one recipient, or one webhook call), kept as its delivery log. */
export interface DeliveriesTable {
  id: Generated<number>;
  center_id: number;
  /** mail or webhook. */
  channel: string;
  /** published, corrected or reminder. */
  event: string;
  event_id: string;
  issue_id: number | null;
  revision: number | null;
  /** An e-mail address or a URL. */
  target: string;
  target_name: string;
  webhook_id: number | null;
  /** JSON: subject and text of a reminder; the body of a webhook call. */
  payload: string;
  /** queued, sending, sent or failed (gave up after the last attempt). */
  status: string;
  attempts: number;
  next_attempt_at: string;
  claimed_at: string | null;
  last_error: string | null;
  sent_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface JobsTable {
  id: Generated<number>;
  center_id: number;
  /** remind-liaisons, remind-editor (recurring, with cron) or publish (once). */
  kind: string;
  cron: string | null;
  issue_id: number | null;
  payload: string;
  due_at: string;
  /** pending, running, done, failed or cancelled. */
  status: string;
  attempts: number;
  claimed_at: string | null;
  last_error: string | null;
  last_run_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface NotificationsTable {
  id: Generated<number>;
  center_id: number;
  user_id: number;
  kind: string;
  message: string;
  link: string | null;
  created_at: string;
  read_at: string | null;
}

export interface UserEmailsTable {
  user_id: number;
  email: string;
  updated_at: string;
}
