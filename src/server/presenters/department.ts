import type { Department } from "../../domain/departments/registry.js";

export function presentDepartment(d: Department) {
  return { id: d.id!, name: d.name, aliases: d.aliases, displayOrder: d.displayOrder, active: d.active !== false };
}
