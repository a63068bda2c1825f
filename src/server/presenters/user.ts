import { ROLE_LABELS, type User } from "../../store/repositories/users.js";
import type { UserBody } from "../routes/auth/schemas.js";

/** An account as the API shows it: never its password hash. */
export function presentUser(u: User): UserBody {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    roleLabel: ROLE_LABELS[u.role],
    departmentId: u.departmentId,
    department: u.department,
    active: u.active,
    mustChangePassword: u.mustChangePassword,
    lastLoginAt: u.lastLoginAt,
    createdAt: u.createdAt,
    updatedAt: u.updatedAt,
  };
}
