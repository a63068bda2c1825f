import type { ProvinceDashboard } from "@domain/ledger/provinceRollup";
import { get, query } from "./client";

export type { ProvinceDashboard };

/** 全省汇总: the YTD figures of every center under the province administrator's, and this week's issue of each. */
export const getProvinceSummary = (asOf: string | null, signal?: AbortSignal) => get<ProvinceDashboard>(`/api/province/summary${query({ asOf })}`, signal);
