import type { Inspection } from "../../store/repositories/inspections.js";
import { refOf } from "../routes/common.js";
import type { InspectionView } from "../routes/inspections/schemas.js";

/** An inspection as the API shows it, its issue as a reference: presentInspection(i).issue === "2026-46". */
export function presentInspection(i: Inspection): InspectionView {
  return {
    id: i.id,
    issue: refOf(i.issue),
    inspectedOn: i.inspectedOn,
    items: i.items,
    inspector: i.inspector,
    attachedAt: i.attachedAt,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
  };
}
