import { z } from "zod";
import { scheduledPublishInput, scheduledPublishView, scheduleInput, scheduleView } from "../../../domain/distribution/index.js";
import { cancelScheduledPublish, scheduledPublishOf, schedulePublish } from "../../../services/scheduledPublisher.js";
import { listSchedules, updateSchedule } from "../../../services/scheduler.js";
import { actorOf } from "../../auth/guard.js";
import { ERROR_RESPONSES } from "../../errors.js";
import { okBody, refParam, type RouteModule } from "../common.js";

const tags = ["提醒"];
const scheduleList = z.object({ schedules: z.array(scheduleView) });

/** The week's rhythm: reminder times per center (admin) and publishing an approved issue at a chosen time. */
export const scheduleRoutes: RouteModule = (api, o) => {
  api.get("/api/schedules", {
    config: { access: ["admin", "editor"] },
    schema: { tags, summary: "提醒任务及下次运行时间（北京时间 cron）", response: { 200: scheduleList, ...ERROR_RESPONSES } },
    handler: async (req) => ({ schedules: await listSchedules(o.store, actorOf(req).centerId) }),
  });

  api.put("/api/schedules", {
    config: { access: ["admin"] },
    schema: { tags, summary: "修改提醒时间或停用提醒", body: scheduleInput, response: { 200: scheduleList, ...ERROR_RESPONSES } },
    handler: async (req) => ({ schedules: await updateSchedule(o.store, actorOf(req), req.body) }),
  });

  api.get("/api/issues/:ref/scheduled-publish", {
    config: { access: ["editor", "approver"] },
    schema: { tags, summary: "该期的定时发布（没有时为 null）", params: refParam, response: { 200: z.object({ scheduled: scheduledPublishView.nullable() }), ...ERROR_RESPONSES } },
    handler: async (req) => ({ scheduled: await scheduledPublishOf(o.store, actorOf(req), req.params.ref) }),
  });

  api.put("/api/issues/:ref/scheduled-publish", {
    config: { access: ["editor", "approver"] },
    schema: { tags, summary: "签发后定时发布（替换已有的定时）", params: refParam, body: scheduledPublishInput, response: { 200: scheduledPublishView, ...ERROR_RESPONSES } },
    handler: async (req) => schedulePublish(o.store, actorOf(req), req.params.ref, req.body),
  });

  api.delete("/api/issues/:ref/scheduled-publish", {
    config: { access: ["editor", "approver"] },
    schema: { tags, summary: "取消定时发布", params: refParam, response: { 200: okBody, ...ERROR_RESPONSES } },
    handler: async (req) => {
      await cancelScheduledPublish(o.store, actorOf(req), req.params.ref);
      return { ok: true as const };
    },
  });
};
