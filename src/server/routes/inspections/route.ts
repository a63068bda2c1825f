import { attachInspection, editInspection, listInspections, recordInspection, requireInspection } from "../../../services/inspectionRecorder.js";
import { actorOf } from "../../auth/guard.js";
import { ERROR_RESPONSES } from "../../errors.js";
import { presentInspection } from "../../presenters/inspection.js";
import { idParam, type RouteModule } from "../common.js";
import { inspectionBody, inspectionList, inspectionQuery, inspectionView } from "./schemas.js";

const tags = ["大厅巡查"];
const one = { 200: inspectionView, ...ERROR_RESPONSES };
const readers = ["inspector", "editor", "approver"] as const;

/** Weekly hall inspections: recorded by the inspector, put into the issue by the editor. */
export const inspectionRoutes: RouteModule = (api, o) => {
  api.get("/api/inspections", {
    config: { access: readers },
    schema: { tags, summary: "巡查记录（最新在前；page、pageSize 分页，total 为总数）", querystring: inspectionQuery, response: { 200: inspectionList, ...ERROR_RESPONSES } },
    handler: async (req) => {
      const { issue, ...page } = req.query;
      const r = await listInspections(o.store, actorOf(req), issue, page);
      return { ...r, inspections: r.inspections.map(presentInspection) };
    },
  });

  api.post("/api/inspections", {
    config: { access: ["inspector"] },
    schema: { tags, summary: "记录本周大厅巡查（六项结论与备注）", body: inspectionBody, response: { 201: inspectionView, ...ERROR_RESPONSES } },
    handler: async (req, reply) => reply.code(201).send(presentInspection(await recordInspection(o.store, actorOf(req), req.body))),
  });

  api.get("/api/inspections/:id", {
    config: { access: readers },
    schema: { tags, summary: "一次巡查", params: idParam, response: one },
    handler: async (req) => presentInspection(await requireInspection(o.store, actorOf(req), req.params.id)),
  });

  api.put("/api/inspections/:id", {
    config: { access: ["inspector"] },
    schema: { tags, summary: "修改巡查记录", params: idParam, body: inspectionBody, response: one },
    handler: async (req) => presentInspection(await editInspection(o.store, actorOf(req), req.params.id, req.body)),
  });

  api.post("/api/inspections/:id/attach", {
    config: { access: ["editor"] },
    schema: { tags, summary: "放入该期周报的“大厅巡查”栏目", params: idParam, response: one },
    handler: async (req) => presentInspection(await attachInspection(o.store, actorOf(req), req.params.id)),
  });
};
