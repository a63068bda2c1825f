import { z } from "zod";
import { DELIVERY_STATUSES, deliveryView } from "../../../domain/distribution/index.js";
import { resendDelivery } from "../../../services/distributionKeeper.js";
import { requireIssue } from "../../../services/issueLocator.js";
import { actorOf } from "../../auth/guard.js";
import { ERROR_RESPONSES } from "../../errors.js";
import { idParam, okBody, type RouteModule } from "../common.js";

const tags = ["分发"];
const query = z.object({ issue: z.string().max(12).optional().describe("期号，如 2026-47"), status: z.enum(DELIVERY_STATUSES).optional() });

/** The delivery log (e-mails and webhook calls, one row per recipient) and 重发. */
export const deliveryRoutes: RouteModule = (api, o) => {
  api.get("/api/deliveries", {
    config: { access: ["editor", "admin"] },
    schema: { tags, summary: "分发记录：每个收件人、每个 Webhook 的状态、尝试次数与错误", querystring: query, response: { 200: z.object({ deliveries: z.array(deliveryView) }), ...ERROR_RESPONSES } },
    handler: async (req) => {
      const { centerId } = actorOf(req);
      const issueId = req.query.issue ? (await requireIssue(o.store, centerId, req.query.issue)).id : undefined;
      return { deliveries: await o.store.deliveries.list(centerId, { issueId, status: req.query.status }) };
    },
  });

  api.post("/api/deliveries/:id/resend", {
    config: { access: ["editor", "admin"] },
    schema: { tags, summary: "重发：立即重新排队发送", params: idParam, response: { 200: okBody, ...ERROR_RESPONSES } },
    handler: async (req) => {
      await resendDelivery(o.store, actorOf(req), req.params.id);
      // Sent by the next tick of the background loop; with the loop running, start it now.
      void req.server.background?.tick();
      return { ok: true as const };
    },
  });
};
