import { queryInt } from "../../../domain/model/bounded.js";
import { ZhoubaoError } from "../../../domain/errors.js";
import { correctIssue } from "../../../services/issueCorrector.js";
import { setOverrides } from "../../../services/issueEditor.js";
import { requireVisibleIssue } from "../../../services/issueLocator.js";
import { transitionIssue } from "../../../services/issuePublisher.js";
import { actorOf } from "../../auth/guard.js";
import { ERROR_RESPONSES } from "../../errors.js";
import { refParam, type RouteModule } from "../common.js";
import { issueAnswer, tags } from "./route.js";
import { correctionBody, issueView, overridesBody, revisionList, revisionView, transitionBody } from "./schemas.js";
import { z } from "zod";

const revisionParams = refParam.extend({ n: queryInt().describe("版次") });

/** Review, sign-off (签发), publication, warning overrides, corrections and revisions. */
export const issueWorkflowRoutes: RouteModule = (api, o) => {
  api.post("/api/issues/:ref/transitions", {
    config: { access: ["editor", "approver"] },
    schema: {
      tags,
      summary: "流程：submit 提交审核（编辑）、approve 签发（审核）、publish 发布（编辑）、reopen 退回草稿",
      description: "提交与签发前运行校核：有错误或未填写理由的警告则 409 issue.checks-failed。发布时生成并保存 DOCX、PDF、HTML。",
      params: refParam,
      body: transitionBody,
      response: { 200: issueView, ...ERROR_RESPONSES },
    },
    handler: async (req) => issueAnswer(o.store, await transitionIssue(o.store, actorOf(req), req.params.ref, req.body)),
  });

  api.put("/api/issues/:ref/overrides", {
    config: { access: ["editor"] },
    schema: { tags, summary: "填写忽略校核警告的书面理由（错误不能忽略）", params: refParam, body: overridesBody, response: { 200: issueView, ...ERROR_RESPONSES } },
    handler: async (req) => {
      await setOverrides(o.store, actorOf(req), req.params.ref, req.body);
      return issueAnswer(o.store, await requireVisibleIssue(o.store, actorOf(req), req.params.ref));
    },
  });

  api.post("/api/issues/:ref/corrections", {
    config: { access: ["editor"] },
    schema: { tags, summary: "更正已发布的周报：生成新版次并写明理由，原版仍可查阅", params: refParam, body: correctionBody, response: { 201: issueView, ...ERROR_RESPONSES } },
    handler: async (req, reply) => reply.code(201).send(await issueAnswer(o.store, await correctIssue(o.store, actorOf(req), req.params.ref, req.body))),
  });

  api.get("/api/issues/:ref/revisions", {
    config: { access: "user", tokenScope: "read-published" },
    schema: { tags, summary: "已发布的各版次（发布为第 1 版，每次更正加 1）", params: refParam, response: { 200: revisionList, ...ERROR_RESPONSES } },
    handler: async (req) => {
      const issue = await requireVisibleIssue(o.store, actorOf(req), req.params.ref);
      return { revisions: await o.store.issueWorkflow.revisions(issue.id) };
    },
  });

  api.get("/api/issues/:ref/revisions/:n", {
    config: { access: "user", tokenScope: "read-published" },
    schema: { tags, summary: "某一版次的整期周报", params: revisionParams, response: { 200: revisionView, ...ERROR_RESPONSES } },
    handler: async (req) => {
      const issue = await requireVisibleIssue(o.store, actorOf(req), req.params.ref);
      const r = await o.store.issueWorkflow.revision(issue.id, req.params.n);
      if (!r) throw new ZhoubaoError("issue.not-found", `${issue.year}年第${issue.seq}期没有第 ${req.params.n} 版。`, { revision: req.params.n });
      return r;
    },
  });
};
