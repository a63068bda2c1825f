import { z } from "zod";
import { dashboardSeriesSchema } from "../../../domain/dashboard/series.js";
import { yearDashboard } from "../../../services/dashboardReader.js";
import { actorOf } from "../../auth/guard.js";
import { ERROR_RESPONSES } from "../../errors.js";
import type { RouteModule } from "../common.js";

const dashboardAnswer = z.object({ year: z.number().int(), issues: z.number().int().describe("该年的期数"), series: dashboardSeriesSchema });

/** 数据看板: a year's issues as curves, in one answer. */
export const dashboardRoutes: RouteModule = (api, o) => {
  api.get("/api/dashboard", {
    config: { access: "user" },
    schema: {
      tags: ["数据看板"],
      summary: "某年各期周报的曲线：年度累计与本周新增、综窗、月度考核排名、各部门动态条数（读者只含已发布的）",
      querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).describe("年份") }),
      response: { 200: dashboardAnswer, ...ERROR_RESPONSES },
    },
    handler: async (req) => yearDashboard(o.store, actorOf(req), req.query.year),
  });
};
