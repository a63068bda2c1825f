/**
 * The roles of DESIGN.md §1 (a liaison is bound to one department; `province` reads every
 * center under its own and manages them, issue 19), with their Chinese
 * names: shared by the store (users.ts), the command line (`zhoubao user --help` lists
 * them without loading zod) and the web app.
 */
export const USER_ROLES = ["admin", "editor", "approver", "liaison", "inspector", "assessor", "reader", "province"] as const;

export const ROLE_LABELS: Record<(typeof USER_ROLES)[number], string> = {
  admin: "管理员",
  editor: "编辑",
  approver: "审核",
  liaison: "窗口联络员",
  inspector: "巡查员",
  assessor: "考核员",
  reader: "读者",
  province: "省级管理员",
};
