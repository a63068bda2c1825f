import type { Kysely } from "kysely";
import type { Database } from "../schema.js";
import { calendarRepository } from "./calendar.js";
import { centersRepository } from "./centers.js";
import { departmentsRepository } from "./departments.js";
import { issuesRepository } from "./issues.js";
import { templatesRepository } from "./templates.js";

/** Every repository, bound to a connection or a transaction. Add new ones here. */
export function repositories(db: Kysely<Database>) {
  return {
    centers: centersRepository(db),
    departments: departmentsRepository(db),
    calendar: calendarRepository(db),
    issues: issuesRepository(db),
    templates: templatesRepository(db),
  };
}
export type Repositories = ReturnType<typeof repositories>;

export type { IssueSummary } from "./issueRows.js";
export { toDocument } from "./issueRows.js";
export type { Center, CenterDefaults } from "./centers.js";
