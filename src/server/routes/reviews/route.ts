import { newComment, reviewComment } from "../../../domain/review/model.js";
import { addComment, commentsOf, resolveComment, reviewOf } from "../../../services/issueReviewer.js";
import { actorOf } from "../../auth/guard.js";
import { ERROR_RESPONSES } from "../../errors.js";
import { refParam, type RouteModule } from "../common.js";
import { commentList, commentParams, reviewView } from "./schemas.js";

const tags = ["审阅"];

/** The approver's 审阅 (issue 18): changes since the previous issue, comments per section. */
export const reviewRoutes: RouteModule = (api, o) => {
  api.get("/api/issues/:ref/review", {
    config: { access: ["editor", "approver"] },
    schema: {
      tags,
      summary: "审阅：与上一期相比的改动（正文逐词标出、各项数字及增减）和各栏目的审阅意见",
      params: refParam,
      response: { 200: reviewView, ...ERROR_RESPONSES },
    },
    handler: async (req) => reviewOf(o.store, actorOf(req), req.params.ref),
  });

  api.get("/api/issues/:ref/comments", {
    config: { access: ["editor", "approver"] },
    schema: { tags, summary: "本期的审阅意见（未处理在前，已处理的仍列出）", params: refParam, response: { 200: commentList, ...ERROR_RESPONSES } },
    handler: async (req) => ({ comments: await commentsOf(o.store, actorOf(req), req.params.ref) }),
  });

  api.post("/api/issues/:ref/comments", {
    config: { access: ["approver"] },
    schema: {
      tags,
      summary: "审核人对某一栏目写审阅意见",
      description: "栏目不在本期中 400 review.unknown-section；意见为空 400 review.comment-empty；已发布 409 issue.immutable。",
      params: refParam,
      body: newComment,
      response: { 201: reviewComment, ...ERROR_RESPONSES },
    },
    handler: async (req, reply) => reply.code(201).send(await addComment(o.store, actorOf(req), req.params.ref, req.body)),
  });

  api.post("/api/issues/:ref/comments/:id/resolve", {
    config: { access: ["editor"] },
    schema: { tags, summary: "编辑将审阅意见标为已处理（仍保留在列表中）", params: commentParams, response: { 200: reviewComment, ...ERROR_RESPONSES } },
    handler: async (req) => resolveComment(o.store, actorOf(req), req.params.ref, req.params.id),
  });
};
