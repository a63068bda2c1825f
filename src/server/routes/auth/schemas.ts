import { z } from "zod";
import { USER_ROLES } from "../../../store/repositories/users.js";

export const loginBody = z.object({
  username: z.string().trim().min(1, "请输入用户名").max(64),
  password: z.string().min(1, "请输入密码").max(256),
});

export const passwordBody = z.object({
  currentPassword: z.string().min(1, "请输入当前密码").max(256),
  newPassword: z.string().min(1, "请输入新密码").max(256),
});

export const userBody = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(USER_ROLES),
  roleLabel: z.string(),
  departmentId: z.number().int().nullable(),
  department: z.string().nullable(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type UserBody = z.infer<typeof userBody>;

export const meBody = z.object({
  user: userBody,
  /** Echo it in X-CSRF-Token on every POST, PUT and DELETE (it is also in the zb_csrf cookie). */
  csrfToken: z.string(),
  center: z.object({ id: z.number().int(), code: z.string(), name: z.string() }),
});

export const csrfBody = z.object({ csrfToken: z.string() });
