import type { Inspection } from "../../store/repositories/inspections.js";
import { refOf } from "../routes/common.js";
import type { InspectionView } from "../routes/inspections/schemas.js";

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
