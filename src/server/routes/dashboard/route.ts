import { z } from "zod";
import { dashboardSeriesSchema } from "../../../domain/dashboard/series.js";
import { yearDashboard } from "../../../services/dashboardReader.js";
import { actorOf } from "../../auth/guard.js";
import { ERROR_RESPONSES } from "../../errors.js";
import type { RouteModule } from "../common.js";
import { sendXlsx } from "../download.js";
import { statsSheet } from "../../../render/xlsx/tables.js";
import { xlsxOf } from "../../../render/xlsx/workbook.js";

const dashboardAnswer = z.object({ year: z.number().int(), issues: z.number().int().describe("该年的期数"), series: dashboardSeriesSchema });

const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).describe("年份") });

/** 数据看板: a year's issues as curves, in one answer. */
export const dashboardRoutes: RouteModule = (api, o) => {
  api.get("/api/dashboard", {
    config: { access: "user" },
    schema: {
      tags: ["数据看板"],
      summary: "某年各期周报的曲线：年度累计与本周新增、综窗、月度考核排名、各部门动态条数（读者只含已发布的）",
      querystring: yearQuery,
      response: { 200: dashboardAnswer, ...ERROR_RESPONSES },
    },
    handler: async (req) => yearDashboard(o.store, actorOf(req), req.query.year),
  });
  api.get("/api/dashboard/export.xlsx", {
    config: { access: "user" },
    schema: { tags: ["数据看板"], summary: "导出某年各期统计数据（Excel）：办件年度累计与本周新增、综窗各项（读者只含已发布的）", querystring: yearQuery, response: { 200: z.unknown().describe("XLSX 文件"), ...ERROR_RESPONSES } },
    handler: async (req, reply) => {
      const d = await yearDashboard(o.store, actorOf(req), req.query.year);
      return sendXlsx(reply, await xlsxOf([statsSheet(d.year, d.series)]), `${d.year}年统计数据`, `zhoubao-stats-${d.year}`);
    },
  });
};
