import { z } from "zod";
import { isEmailAddress, notificationView } from "../../../domain/distribution/index.js";
import { ZhoubaoError } from "../../../domain/errors.js";
import { actorOf } from "../../auth/guard.js";
import { ERROR_RESPONSES } from "../../errors.js";
import { okBody, type RouteModule } from "../common.js";

const tags = ["提醒"];
const readBody = z.object({ ids: z.array(z.number().int().positive()).max(500).optional().describe("不填则全部标为已读") });
const emailBody = z.object({ email: z.string().trim().max(254).nullable().describe("提醒邮箱；null 表示不收邮件提醒") });

/** The signed-in account's notifications (reminders) and the address it is reminded at by e-mail. */
export const notificationRoutes: RouteModule = (api, o) => {
  api.get("/api/notifications", {
    config: { access: "user" },
    schema: { tags, summary: "我的提醒（最新 50 条）与未读数", response: { 200: z.object({ unread: z.number().int(), notifications: z.array(notificationView) }), ...ERROR_RESPONSES } },
    handler: async (req) => {
      const { userId } = actorOf(req);
      return { unread: await o.store.notifications.unread(userId!), notifications: await o.store.notifications.list(userId!) };
    },
  });

  api.post("/api/notifications/read", {
    config: { access: "user" },
    schema: { tags, summary: "标为已读", body: readBody, response: { 200: okBody, ...ERROR_RESPONSES } },
    handler: async (req) => {
      await o.store.notifications.markRead(actorOf(req).userId!, req.body.ids ?? null);
      return { ok: true as const };
    },
  });

  api.get("/api/notifications/email", {
    config: { access: "user" },
    schema: { tags, summary: "我的提醒邮箱", response: { 200: emailBody, ...ERROR_RESPONSES } },
    handler: async (req) => ({ email: await o.store.notifications.email(actorOf(req).userId!) }),
  });

  api.put("/api/notifications/email", {
    config: { access: "user" },
    schema: { tags, summary: "设置我的提醒邮箱（报送、审核提醒同时发到此邮箱）", body: emailBody, response: { 200: emailBody, ...ERROR_RESPONSES } },
    handler: async (req) => {
      const email = req.body.email ? req.body.email.toLowerCase() : null;
      if (email && !isEmailAddress(email))
        throw new ZhoubaoError("recipient.bad-address", `邮箱地址“${req.body.email}”不正确，应形如 name@example.gov.cn。`, { email: req.body.email });
      await o.store.notifications.setEmail(actorOf(req).userId!, email);
      return { email };
    },
  });
};
