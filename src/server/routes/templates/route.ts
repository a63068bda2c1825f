import { z } from "zod";
import { section } from "../../../domain/model/section.js";
import { listTemplates, removeTemplate, saveTemplateFromIssue } from "../../../services/templateKeeper.js";
import { actorOf } from "../../auth/guard.js";
import { ERROR_RESPONSES } from "../../errors.js";
import { okBody, type RouteModule } from "../common.js";

const tags = ["栏目模板"];
const BUILTIN = new Set(["2022", "2023"]);

const templateName = z
  .string()
  .trim()
  .min(1, "请填写模板名称")
  .max(40, "模板名称最多 40 个字")
  .refine((n) => !BUILTIN.has(n), "“2022”“2023”是内置模板的名称，请换一个名称");
const savedTemplate = z.object({ name: z.string(), sections: z.array(section) });

/** Named section trees a center saves from an issue, to start later issues from. */
export const templateRoutes: RouteModule = (api, o) => {
  api.get("/api/templates", {
    config: { access: "user" },
    schema: { tags, summary: "已保存的栏目模板", response: { 200: z.object({ templates: z.array(savedTemplate) }), ...ERROR_RESPONSES } },
    handler: async (req) => ({ templates: await listTemplates(o.store, actorOf(req)) }),
  });

  api.post("/api/templates", {
    config: { access: ["editor", "admin"] },
    schema: {
      tags,
      summary: "把一期的栏目结构（不含内容）存为模板；同名覆盖",
      body: z.object({ name: templateName, issue: z.string().max(12).describe("期号，如 2026-45") }).strict(),
      response: { 201: savedTemplate, ...ERROR_RESPONSES },
    },
    handler: async (req, reply) => reply.code(201).send(await saveTemplateFromIssue(o.store, actorOf(req), req.body.name, req.body.issue)),
  });

  api.delete("/api/templates/:name", {
    config: { access: ["editor", "admin"] },
    schema: { tags, summary: "删除栏目模板", params: z.object({ name: z.string().max(40) }), response: { 200: okBody, ...ERROR_RESPONSES } },
    handler: async (req) => {
      await removeTemplate(o.store, actorOf(req), req.params.name);
      return { ok: true as const };
    },
  });
};
