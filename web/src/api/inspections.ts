import type { InspectionView } from "@src/server/routes/inspections/schemas";
import type { InspectionItem } from "@domain/model/section";
import { get, post, put, query } from "./client";

export type Inspection = InspectionView;
export type InspectionInput = { issue?: string; inspectedOn: string; items: InspectionItem[] };

export async function listInspections(issue?: string): Promise<Inspection[]> {
  return (await get<{ inspections: Inspection[] }>(`/api/inspections${query({ issue })}`)).inspections;
}
export const recordInspection = (i: InspectionInput) => post<Inspection>("/api/inspections", i);
export const editInspection = (id: number, i: InspectionInput) => put<Inspection>(`/api/inspections/${id}`, i);
export const attachInspection = (id: number) => post<Inspection>(`/api/inspections/${id}/attach`, {});
