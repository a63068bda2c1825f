import { z } from "zod";
import { recipientInput, recipientView } from "../../../domain/distribution/index.js";
import { addRecipient, removeRecipient, updateRecipient } from "../../../services/distributionKeeper.js";
import { actorOf } from "../../auth/guard.js";
import { ERROR_RESPONSES } from "../../errors.js";
import { idParam, okBody, type RouteModule } from "../common.js";

const tags = ["分发"];
const recipientList = z.object({ recipients: z.array(recipientView) });

/** Who receives a published issue by e-mail, per 版记 line (报／送／发): editors read the list, the admin keeps it. */
export const recipientRoutes: RouteModule = (api, o) => {
  api.get("/api/recipients", {
    config: { access: ["editor", "admin"] },
    schema: { tags, summary: "分发名单（按版记的报、送、发分行）", response: { 200: recipientList, ...ERROR_RESPONSES } },
    handler: async (req) => ({ recipients: await o.store.distribution.recipients(actorOf(req).centerId) }),
  });

  api.post("/api/recipients", {
    config: { access: ["admin"] },
    schema: { tags, summary: "添加收件人（个人或群组邮箱）", body: recipientInput, response: { 201: recipientView, ...ERROR_RESPONSES } },
    handler: async (req, reply) => reply.code(201).send(await addRecipient(o.store, actorOf(req), req.body)),
  });

  api.put("/api/recipients/:id", {
    config: { access: ["admin"] },
    schema: { tags, summary: "修改收件人", params: idParam, body: recipientInput, response: { 200: recipientView, ...ERROR_RESPONSES } },
    handler: async (req) => updateRecipient(o.store, actorOf(req), req.params.id, req.body),
  });

  api.delete("/api/recipients/:id", {
    config: { access: ["admin"] },
    schema: { tags, summary: "删除收件人", params: idParam, response: { 200: okBody, ...ERROR_RESPONSES } },
    handler: async (req) => {
      await removeRecipient(o.store, actorOf(req), req.params.id);
      return { ok: true as const };
    },
  });
};
