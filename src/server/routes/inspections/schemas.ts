import { pageInfo, pageQuery } from "../../../domain/model/paging.js";
import { z } from "zod";
import { inspectionItem } from "../../../domain/model/section.js";

export { inspectionInput as inspectionBody } from "../../../services/inspectionRecorder.js";

export const inspectionView = z.object({
  id: z.number().int(),
  issue: z.string().nullable().describe("期号"),
  inspectedOn: z.string(),
  items: z.array(inspectionItem),
  inspector: z.string(),
  attachedAt: z.string().nullable().describe("放入周报的时间；修改后须重新放入"),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type InspectionView = z.infer<typeof inspectionView>;
export const inspectionList = pageInfo.extend({ inspections: z.array(inspectionView) });
export const inspectionQuery = pageQuery.extend({ issue: z.string().optional() });
