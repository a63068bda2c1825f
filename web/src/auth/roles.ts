import type { Role } from "../api/types";

/** Chinese names of the roles (DESIGN.md §1). */
export const ROLE_LABELS: Record<Role, string> = {
  admin: "管理员",
  editor: "编辑",
  approver: "审核",
  liaison: "窗口联络员",
  inspector: "巡查员",
  assessor: "考核员",
  reader: "读者",
};

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
