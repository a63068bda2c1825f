import { z } from "zod";
import { webhookInput, webhookView } from "../../../domain/distribution/index.js";
import { addWebhook, removeWebhook, updateWebhook } from "../../../services/distributionKeeper.js";
import { actorOf } from "../../auth/guard.js";
import { ERROR_RESPONSES } from "../../errors.js";
import { idParam, okBody, type RouteModule } from "../common.js";

const tags = ["分发"];

/** Other systems told of published and corrected issues by a signed POST (X-Zhoubao-Signature); admin only, secrets included. */
export const webhookRoutes: RouteModule = (api, o) => {
  api.get("/api/webhooks", {
    config: { access: ["admin"] },
    schema: { tags, summary: "Webhook 列表（含签名密钥）", response: { 200: z.object({ webhooks: z.array(webhookView) }), ...ERROR_RESPONSES } },
    handler: async (req) => ({ webhooks: await o.store.distribution.webhooks(actorOf(req).centerId) }),
  });

  api.post("/api/webhooks", {
    config: { access: ["admin"] },
    schema: { tags, summary: "添加 Webhook（不填密钥时自动生成）", body: webhookInput, response: { 201: webhookView, ...ERROR_RESPONSES } },
    handler: async (req, reply) => reply.code(201).send(await addWebhook(o.store, actorOf(req), req.body)),
  });

  api.put("/api/webhooks/:id", {
    config: { access: ["admin"] },
    schema: { tags, summary: "修改 Webhook（不填密钥时保留原密钥）", params: idParam, body: webhookInput, response: { 200: webhookView, ...ERROR_RESPONSES } },
    handler: async (req) => updateWebhook(o.store, actorOf(req), req.params.id, req.body),
  });

  api.delete("/api/webhooks/:id", {
    config: { access: ["admin"] },
    schema: { tags, summary: "删除 Webhook", params: idParam, response: { 200: okBody, ...ERROR_RESPONSES } },
    handler: async (req) => {
      await removeWebhook(o.store, actorOf(req), req.params.id);
      return { ok: true as const };
    },
  });
};
