import { z } from "zod";
import { calendarOverrideInput, removeCalendarOverride, setCalendarOverride } from "../../../services/centerAdministrator.js";
import { actorOf } from "../../auth/guard.js";
import { ERROR_RESPONSES } from "../../errors.js";
import { okBody, type RouteModule } from "../common.js";

const tags = ["节假日调整"];
const override = z.object({ date: z.string(), workday: z.boolean(), note: z.string().nullable() });
const dateParam = z.object({ date: z.string().max(10).describe("日期 YYYY-MM-DD") });

/** The admin's corrections of the official holiday calendar, each center its own (migration 0010). */
export const calendarRoutes: RouteModule = (api, o) => {
  api.get("/api/calendar/overrides", {
    config: { access: "user" },
    schema: { tags, summary: "节假日调整表", response: { 200: z.object({ overrides: z.array(override) }), ...ERROR_RESPONSES } },
    handler: async (req) => ({ overrides: (await o.store.calendar.overrides(actorOf(req).centerId)).map((x) => ({ ...x, note: x.note ?? null })) }),
  });

  api.put("/api/calendar/overrides/:date", {
    config: { access: ["admin"] },
    schema: { tags, summary: "把某日设为工作日或休息日", params: dateParam, body: calendarOverrideInput, response: { 200: override, ...ERROR_RESPONSES } },
    handler: async (req) => setCalendarOverride(o.store, actorOf(req), req.params.date, req.body),
  });

  api.delete("/api/calendar/overrides/:date", {
    config: { access: ["admin"] },
    schema: { tags, summary: "删除某日的调整（恢复官方日历）", params: dateParam, response: { 200: okBody, ...ERROR_RESPONSES } },
    handler: async (req) => {
      await removeCalendarOverride(o.store, actorOf(req), req.params.date);
      return { ok: true as const };
    },
  });
};
