import { z } from "zod";
import { isoDate } from "../../../domain/model/common.js";
import { provinceDashboard } from "../../../domain/ledger/provinceRollup.js";
import { provinceDashboard as readProvinceDashboard } from "../../../services/provinceSummarizer.js";
import { actorOf } from "../../auth/guard.js";
import { ERROR_RESPONSES } from "../../errors.js";
import type { RouteModule } from "../common.js";

/** 全省汇总: the roll-up of the province administrator's center and every center under it. */
export const provinceRoutes: RouteModule = (api, o) => {
  api.get("/api/province/summary", {
    config: { access: ["province"] },
    schema: {
      tags: ["全省汇总"],
      summary: "本中心及其下各中心今年以来的办件数（由各中心台账的日汇总算出）与合计，以及各中心本周周报是否已发布",
      querystring: z.object({ asOf: isoDate.optional().describe("统计截止日期，默认今天（北京时间）") }),
      response: { 200: provinceDashboard, ...ERROR_RESPONSES },
    },
    handler: async (req) => readProvinceDashboard(o.store, actorOf(req), req.query.asOf),
  });
};
