import { createSubmission, editSubmission, listSubmissions, requireSubmission, submitSubmission, withdrawSubmission } from "../../../services/submissionDrafter.js";
import { acceptSubmission, returnSubmission } from "../../../services/submissionReviewer.js";
import { actorOf } from "../../auth/guard.js";
import { ERROR_RESPONSES } from "../../errors.js";
import { presentSubmission } from "../../presenters/submission.js";
import { idParam, okBody, type RouteModule } from "../common.js";
import { acceptBody, returnBody, submissionBody, submissionList, submissionQuery, submissionView } from "./schemas.js";

const tags = ["部门报送"];
const one = { 200: submissionView, ...ERROR_RESPONSES };

/**
 * Liaisons' items: draft → submitted → accepted | returned (returned items are
 * reworked and submitted again). A liaison sees only their own department's.
 */
export const submissionRoutes: RouteModule = (api, o) => {
  api.get("/api/submissions", {
    config: { access: ["liaison", "editor", "approver"] },
    schema: { tags, summary: "报送列表（联络员只见本部门；page、pageSize 分页，total 为总数）", querystring: submissionQuery, response: { 200: submissionList, ...ERROR_RESPONSES } },
    handler: async (req) => {
      const r = await listSubmissions(o.store, actorOf(req), req.query);
      return { ...r, submissions: r.submissions.map(presentSubmission) };
    },
  });

  api.post("/api/submissions", {
    config: { access: ["liaison"] },
    schema: { tags, summary: "新建报送（草稿）：工作动态或厅（局）长进大厅，缺省为当前草稿期", body: submissionBody, response: { 201: submissionView, ...ERROR_RESPONSES } },
    handler: async (req, reply) => reply.code(201).send(presentSubmission(await createSubmission(o.store, actorOf(req), req.body))),
  });

  api.get("/api/submissions/:id", {
    config: { access: ["liaison", "editor", "approver"] },
    schema: { tags, summary: "一条报送", params: idParam, response: one },
    handler: async (req) => presentSubmission(await requireSubmission(o.store, actorOf(req), req.params.id)),
  });

  api.put("/api/submissions/:id", {
    config: { access: ["liaison"] },
    schema: { tags, summary: "修改草稿或被退回的报送", params: idParam, body: submissionBody, response: one },
    handler: async (req) => presentSubmission(await editSubmission(o.store, actorOf(req), req.params.id, req.body)),
  });

  api.delete("/api/submissions/:id", {
    config: { access: ["liaison"] },
    schema: { tags, summary: "撤回（删除）草稿或被退回的报送", params: idParam, response: { 200: okBody, ...ERROR_RESPONSES } },
    handler: async (req) => {
      await withdrawSubmission(o.store, actorOf(req), req.params.id);
      return { ok: true as const };
    },
  });

  api.post("/api/submissions/:id/submit", {
    config: { access: ["liaison"] },
    schema: { tags, summary: "报送给编辑", params: idParam, response: one },
    handler: async (req) => presentSubmission(await submitSubmission(o.store, actorOf(req), req.params.id)),
  });

  api.post("/api/submissions/:id/accept", {
    config: { access: ["editor"] },
    schema: { tags, summary: "采用：放入本期栏目树（之后仍可编辑）", params: idParam, body: acceptBody.optional(), response: one },
    handler: async (req) => presentSubmission(await acceptSubmission(o.store, actorOf(req), req.params.id, req.body)),
  });

  api.post("/api/submissions/:id/return", {
    config: { access: ["editor"] },
    schema: { tags, summary: "退回并写明意见", params: idParam, body: returnBody, response: one },
    handler: async (req) => presentSubmission(await returnSubmission(o.store, actorOf(req), req.params.id, req.body)),
  });
};
