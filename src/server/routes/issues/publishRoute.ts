import { z } from "zod";
import { publishJobView } from "../../../domain/publishing.js";
import { publishJob, startPublishing } from "../../../services/publishBoard.js";
import { actorOf } from "../../auth/guard.js";
import { ERROR_RESPONSES } from "../../errors.js";
import { refParam, type RouteModule } from "../common.js";
import { tags } from "./route.js";

const publishBody = z.object({ comment: z.string().trim().max(500, "意见不能超过 500 字").optional() });

/** Publishing with its steps reported: started by one request, followed by polling the job. */
export const issuePublishRoutes: RouteModule = (api, o) => {
  api.post("/api/issues/:ref/publish-jobs", {
    config: { access: ["editor"] },
    schema: {
      tags,
      summary: "发布已签发的一期，并返回发布任务：校核、生成 DOCX、PDF、HTML、归档各步的进度（用 GET /api/publish-jobs/{id} 查询）",
      description: "签发前的检查（角色、状态）不通过时直接返回错误；此后的失败（如校核不通过、生成文件失败）记在任务的 error 中。",
      params: refParam,
      body: publishBody,
      response: { 202: publishJobView, ...ERROR_RESPONSES },
    },
    handler: async (req, reply) => reply.code(202).send(await startPublishing(o.store, actorOf(req), req.params.ref, req.body.comment)),
  });

  api.get("/api/publish-jobs/:id", {
    config: { access: ["editor", "approver"] },
    schema: { tags, summary: "发布任务的进度", params: z.object({ id: z.string().max(64).describe("发布任务编号") }), response: { 200: publishJobView, ...ERROR_RESPONSES } },
    handler: async (req) => publishJob(actorOf(req), req.params.id),
  });
};
