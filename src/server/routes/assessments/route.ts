import { approveAssessment, attachAssessment, createAssessment, editAssessment, listAssessments, requireAssessment } from "../../../services/assessmentScorer.js";
import { actorOf } from "../../auth/guard.js";
import { ERROR_RESPONSES } from "../../errors.js";
import { presentAssessment } from "../../presenters/assessment.js";
import { idParam, type RouteModule } from "../common.js";
import { sendXlsx } from "../download.js";
import { assessmentSheet } from "../../../render/xlsx/tables.js";
import { xlsxOf } from "../../../render/xlsx/workbook.js";
import { z } from "zod";
import { assessmentBody, assessmentList, assessmentView, attachBody } from "./schemas.js";

const tags = ["窗口考核"];
const one = { 200: assessmentView, ...ERROR_RESPONSES };
const readers = ["assessor", "editor", "approver"] as const;

/** Monthly window assessments: entered by the assessor, approved and attached by the editor. */
export const assessmentRoutes: RouteModule = (api, o) => {
  api.get("/api/assessments", {
    config: { access: readers },
    schema: { tags, summary: "各月考核（最新在前）", response: { 200: assessmentList, ...ERROR_RESPONSES } },
    handler: async (req) => ({ assessments: (await listAssessments(o.store, actorOf(req))).map(presentAssessment) }),
  });

  api.post("/api/assessments", {
    config: { access: ["assessor"] },
    schema: { tags, summary: "填写某月考核：各部门扣分、加分及理由", body: assessmentBody, response: { 201: assessmentView, ...ERROR_RESPONSES } },
    handler: async (req, reply) => reply.code(201).send(presentAssessment(await createAssessment(o.store, actorOf(req), req.body))),
  });

  api.get("/api/assessments/:id", {
    config: { access: readers },
    schema: { tags, summary: "一个月的考核与排名", params: idParam, response: one },
    handler: async (req) => presentAssessment(await requireAssessment(o.store, actorOf(req), req.params.id)),
  });

  api.get("/api/assessments/:id/export.xlsx", {
    config: { access: readers },
    schema: { tags, summary: "导出一个月的考核结果（Excel）：名次、部门窗口、基础分、减分、加分、实得分", params: idParam, response: { 200: z.unknown().describe("XLSX 文件"), ...ERROR_RESPONSES } },
    handler: async (req, reply) => {
      const a = presentAssessment(await requireAssessment(o.store, actorOf(req), req.params.id));
      return sendXlsx(reply, await xlsxOf([assessmentSheet(a)]), a.title, `zhoubao-assessment-${a.month}`);
    },
  });

  api.put("/api/assessments/:id", {
    config: { access: ["assessor"] },
    schema: { tags, summary: "修改考核（审定前）", params: idParam, body: assessmentBody, response: one },
    handler: async (req) => presentAssessment(await editAssessment(o.store, actorOf(req), req.params.id, req.body)),
  });

  api.post("/api/assessments/:id/approve", {
    config: { access: ["editor"] },
    schema: { tags, summary: "审定考核", params: idParam, response: one },
    handler: async (req) => presentAssessment(await approveAssessment(o.store, actorOf(req), req.params.id)),
  });

  api.post("/api/assessments/:id/attach", {
    config: { access: ["editor"] },
    schema: { tags, summary: "作为附件附在某期周报后", params: idParam, body: attachBody, response: one },
    handler: async (req) => presentAssessment(await attachAssessment(o.store, actorOf(req), req.params.id, req.body)),
  });
};
