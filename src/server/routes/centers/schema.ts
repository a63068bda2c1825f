import { z } from "zod";
import { centerNode } from "../../../domain/centers/tree.js";

export { newCenterInput } from "../../../domain/centers/tree.js";

/** 中心管理's list: the province user's own center first, then those below it in tree order. */
export const centerList = z.object({ centers: z.array(centerNode) });
export { centerNode };
