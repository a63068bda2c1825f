import { queryInt } from "../../../domain/model/bounded.js";
import { z } from "zod";
import { readAudit } from "../../../services/auditReader.js";
import { AUDIT_ENTITIES } from "../../../store/repositories/audit.js";
import { actorOf } from "../../auth/guard.js";
import { ERROR_RESPONSES } from "../../errors.js";
import type { RouteModule } from "../common.js";

export const auditQuery = z.object({
  entity: z.enum(AUDIT_ENTITIES).optional(),
  entityId: z.string().max(40).optional(),
  actor: z.string().max(64).optional().describe("用户名"),
  action: z.string().max(40).optional(),
  from: z.string().max(30).optional().describe("起始：日期 YYYY-MM-DD（北京时间）或 ISO 时间"),
  to: z.string().max(30).optional().describe("截止：日期 YYYY-MM-DD（含当天）或 ISO 时间"),
  before: queryInt().optional().describe("只列编号小于此值的记录（翻页）"),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const entry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.number().int().nullable(),
  actor: z.string().describe("用户名"),
  actorName: z.string().nullable().describe("姓名（命令行操作与已删除的账号为 null）"),
  address: z.string().nullable(),
  entity: z.enum(AUDIT_ENTITIES),
  entityId: z.string(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

/** The audit log, newest first, for admins and editors. */
export const auditRoutes: RouteModule = (api, o) => {
  api.get("/api/audit", {
    config: { access: ["admin", "editor"] },
    schema: {
      tags: ["审计日志"],
      summary: "审计日志：谁、何时、对什么（对象、编号、操作）、修改前后",
      querystring: auditQuery,
      response: { 200: z.object({ entries: z.array(entry), next: z.number().int().nullable() }), ...ERROR_RESPONSES },
    },
    handler: async (req) => readAudit(o.store, actorOf(req), req.query),
  });
};
