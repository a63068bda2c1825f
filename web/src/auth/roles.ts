import type { Role } from "../api/types";

/** Chinese names of the roles (DESIGN.md §1), as the server names them. */
export { ROLE_LABELS } from "@domain/roles";

/** What a role may do in the web app; menus and buttons follow it (the server decides in the end). */
export const CAN = {
  editIssue: ["editor"],
  approveIssue: ["approver"],
  reopenIssue: ["editor", "approver"],
  viewDrafts: ["admin", "editor", "approver", "liaison", "inspector", "assessor"],
  submit: ["liaison"],
  reviewSubmissions: ["editor"],
  viewSubmissions: ["liaison", "editor", "approver"],
  inspect: ["inspector"],
  viewInspections: ["inspector", "editor", "approver"],
  assess: ["assessor"],
  viewAssessments: ["assessor", "editor", "approver"],
  approveAssessment: ["editor"],
  enterStats: ["editor"],
  importIssues: ["editor", "admin"],
  settings: ["admin"],
  audit: ["admin", "editor"],
} as const satisfies Record<string, readonly Role[]>;

export type Ability = keyof typeof CAN;

/** True when `role` has `ability`. */
export function can(role: Role | undefined, ability: Ability): boolean {
  return !!role && (CAN[ability] as readonly Role[]).includes(role);
}
