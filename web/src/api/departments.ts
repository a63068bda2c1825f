import type { Department } from "@domain/departments/registry";
import { get, post, put, query } from "./client";

export type DepartmentView = { id: number; name: string; aliases: string[]; displayOrder: number; active: boolean };

/** The center's departments, in display order (inactive ones only when asked). */
export async function listDepartments(includeInactive = false): Promise<(Department & DepartmentView)[]> {
  const a = await get<{ departments: DepartmentView[] }>(`/api/departments${query({ includeInactive: includeInactive ? "true" : undefined })}`);
  return [...a.departments].sort((x, y) => x.displayOrder - y.displayOrder);
}

export type DepartmentInput = { name: string; aliases: string[]; displayOrder: number; active: boolean };

export const createDepartment = (d: DepartmentInput) => post<DepartmentView>("/api/departments", d);
export const updateDepartment = (id: number, d: DepartmentInput) => put<DepartmentView>(`/api/departments/${id}`, d);
