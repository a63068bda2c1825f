import type { CenterNode, NewCenterInput } from "@domain/centers/tree";
import { get, post } from "./client";

/** 中心管理 (province users): the centers under the user's own, and adding one. */
export type { CenterNode, NewCenterInput };
export const listCenters = async () => (await get<{ centers: CenterNode[] }>("/api/centers")).centers;
export const addCenter = (c: NewCenterInput) => post<CenterNode>("/api/centers", c);
