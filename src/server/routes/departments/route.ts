import { z } from "zod";
import { departmentInput, saveDepartment } from "../../../services/centerAdministrator.js";
import { actorOf } from "../../auth/guard.js";
import { ERROR_RESPONSES } from "../../errors.js";
import { presentDepartment } from "../../presenters/department.js";
import { idParam, type RouteModule } from "../common.js";

export const departmentView = z.object({
  id: z.number().int(),
  name: z.string(),
  aliases: z.array(z.string()),
  displayOrder: z.number().int(),
  active: z.boolean(),
});
const departmentList = z.object({ departments: z.array(departmentView) });
const listQuery = z.object({ includeInactive: z.enum(["true", "false"]).optional() });
const tags = ["部门"];

/** Departments with a window in the hall: everyone reads them, the admin maintains them. */
export const departmentRoutes: RouteModule = (api, o) => {
  api.get("/api/departments", {
    config: { access: "user" },
    schema: { tags, summary: "进驻部门及简称", querystring: listQuery, response: { 200: departmentList, ...ERROR_RESPONSES } },
    handler: async (req) => {
      const list = await o.store.departments.list(actorOf(req).centerId, { includeInactive: req.query.includeInactive === "true" });
      return { departments: list.map(presentDepartment) };
    },
  });

  api.post("/api/departments", {
    config: { access: ["admin"] },
    schema: { tags, summary: "添加部门", body: departmentInput, response: { 201: departmentView, ...ERROR_RESPONSES } },
    handler: async (req, reply) => reply.code(201).send(presentDepartment(await saveDepartment(o.store, actorOf(req), null, req.body))),
  });

  api.put("/api/departments/:id", {
    config: { access: ["admin"] },
    schema: { tags, summary: "修改部门（名称、简称、顺序、停用）", params: idParam, body: departmentInput, response: { 200: departmentView, ...ERROR_RESPONSES } },
    handler: async (req) => presentDepartment(await saveDepartment(o.store, actorOf(req), req.params.id, req.body)),
  });
};
