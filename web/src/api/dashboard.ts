import type { DashboardSeries } from "@domain/dashboard/series";
import { get, query } from "./client";

export type YearDashboard = { year: number; issues: number; series: DashboardSeries };

/** A year's issues as the dashboard's curves, computed on the server in one answer. */
export const getDashboard = (year: number, signal?: AbortSignal) => get<YearDashboard>(`/api/dashboard${query({ year })}`, signal);

/** A year's figures, one issue a row, as an Excel workbook. */
export const statsXlsxUrl = (year: number) => `/api/dashboard/export.xlsx${query({ year })}`;
