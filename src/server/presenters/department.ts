import type { Department } from "../../domain/departments/registry.js";

/** A department as the API shows it: presentDepartment(d) → { id, name, aliases, displayOrder, active }. */
export function presentDepartment(d: Department) {
  return { id: d.id!, name: d.name, aliases: d.aliases, displayOrder: d.displayOrder, active: d.active !== false };
}
