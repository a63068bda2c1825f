import { z } from "zod";
import { createdToken, newTokenInput, tokenView } from "../../../domain/apiTokens.js";
import { createToken, listTokens, revokeToken } from "../../../services/tokenKeeper.js";
import { actorOf } from "../../auth/guard.js";
import { ERROR_RESPONSES } from "../../errors.js";
import { idParam, type RouteModule } from "../common.js";

const tags = ["接口令牌"];

/** API tokens of machine clients (系统设置 → 接口令牌), for the admin only. */
export const tokenRoutes: RouteModule = (api, o) => {
  api.get("/api/tokens", {
    config: { access: ["admin"] },
    schema: { tags, summary: "接口令牌列表（不含令牌本身）", response: { 200: z.object({ tokens: z.array(tokenView) }), ...ERROR_RESPONSES } },
    handler: async (req) => ({ tokens: await listTokens(o.store, actorOf(req)) }),
  });

  api.post("/api/tokens", {
    config: { access: ["admin"] },
    schema: { tags, summary: "创建接口令牌：名称、权限范围、有效天数；令牌只在此答复中出现一次", body: newTokenInput, response: { 201: createdToken, ...ERROR_RESPONSES } },
    handler: async (req, reply) => reply.code(201).send(await createToken(o.store, actorOf(req), req.body)),
  });

  api.post("/api/tokens/:id/revoke", {
    config: { access: ["admin"] },
    schema: { tags, summary: "吊销接口令牌（立即失效，记录保留）", params: idParam, body: z.object({}).strict().optional(), response: { 200: tokenView, ...ERROR_RESPONSES } },
    handler: async (req) => revokeToken(o.store, actorOf(req), { id: req.params.id }),
  });
};
