import type { Kysely } from "kysely";
import type { Database } from "../schema.js";
import { calendarRepository } from "./calendar.js";
import { centersRepository } from "./centers.js";
import { departmentsRepository } from "./departments.js";
import { issuesRepository } from "./issues.js";
import { templatesRepository } from "./templates.js";
import { usersRepository } from "./users.js";
import { sessionsRepository } from "./sessions.js";
import { loginThrottleRepository } from "./loginThrottle.js";
import { submissionsRepository } from "./submissions.js";
import { inspectionsRepository } from "./inspections.js";
import { assessmentsRepository } from "./assessments.js";
import { issueWorkflowRepository } from "./issueWorkflow.js";
import { issueDocumentsRepository } from "./issueDocuments.js";
import { auditRepository } from "./audit.js";
import { issueIndexRepository } from "./issueIndex.js";
import { ledgerRepository } from "./ledger.js";
import { apiTokensRepository } from "./apiTokens.js";
import { distributionRepository } from "./distribution.js";
import { deliveriesRepository } from "./deliveries.js";
import { jobsRepository } from "./jobs.js";
import { notificationsRepository } from "./notifications.js";
import { reviewCommentsRepository } from "./reviewComments.js";

/** Every repository, bound to a connection or a transaction. Add new ones here. */
export function repositories(db: Kysely<Database>) {
  return {
    centers: centersRepository(db),
    departments: departmentsRepository(db),
    calendar: calendarRepository(db),
    issues: issuesRepository(db),
    templates: templatesRepository(db),
    // Collaboration server.
    users: usersRepository(db),
    sessions: sessionsRepository(db),
    loginThrottle: loginThrottleRepository(db),
    submissions: submissionsRepository(db),
    inspections: inspectionsRepository(db),
    assessments: assessmentsRepository(db),
    issueWorkflow: issueWorkflowRepository(db),
    issueDocuments: issueDocumentsRepository(db),
    audit: auditRepository(db),
    issueIndex: issueIndexRepository(db),
    // Case and front-desk ledgers (issue 8).
    ledger: ledgerRepository(db),
    // API tokens of machine clients (issue 21).
    apiTokens: apiTokensRepository(db),
    // Distribution, webhooks, jobs and notifications (issue 21).
    distribution: distributionRepository(db),
    deliveries: deliveriesRepository(db),
    jobs: jobsRepository(db),
    notifications: notificationsRepository(db),
    // The approver's comments per section (issue 18).
    reviewComments: reviewCommentsRepository(db),
  };
}
export type Repositories = ReturnType<typeof repositories>;

export type { IssueSummary } from "./issueRows.js";
export { toDocument } from "./issueRows.js";
export type { Center, CenterDefaults } from "./centers.js";
