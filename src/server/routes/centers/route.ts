import { addCenter, listCenters } from "../../../services/centerKeeper.js";
import { actorOf } from "../../auth/guard.js";
import { ERROR_RESPONSES } from "../../errors.js";
import type { RouteModule } from "../common.js";
import { centerList, centerNode, newCenterInput } from "./schema.js";

const tags = ["中心管理"];

/** 系统设置 → 中心管理 (issue 19): a province user lists and adds the centers under its own. */
export const centerRoutes: RouteModule = (api, o) => {
  api.get("/api/centers", {
    config: { access: ["province"] },
    schema: { tags, summary: "本中心及其下级中心（树的顺序，含上级编码）", response: { 200: centerList, ...ERROR_RESPONSES } },
    handler: async (req) => ({ centers: await listCenters(o.store, actorOf(req)) }),
  });

  api.post("/api/centers", {
    config: { access: ["province"] },
    schema: {
      tags,
      summary: "添加下级中心：编码（行政区划代码）、名称、上级（默认本中心）、部门清单来源、模板",
      body: newCenterInput,
      response: { 201: centerNode, ...ERROR_RESPONSES },
    },
    handler: async (req, reply) => reply.code(201).send(await addCenter(o.store, actorOf(req), req.body)),
  });
};
