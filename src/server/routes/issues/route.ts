import { issueFacts } from "../../../domain/facts/issueFacts.js";
import { facts } from "../../../domain/model/facts.js";
import type { StoredIssue } from "../../../domain/model/issue.js";
import type { Actor } from "../../../services/actor.js";
import { findingsOf } from "../../../services/issueChecker.js";
import { createIssue, saveIssue } from "../../../services/issueEditor.js";
import { knowsDrafts, requireVisibleIssue, seesDrafts } from "../../../services/issueLocator.js";
import { scopeDraftSections } from "../../../services/draftScope.js";
import type { Store } from "../../../store/index.js";
import { toDocument } from "../../../store/index.js";
import { actorOf } from "../../auth/guard.js";
import { ERROR_RESPONSES } from "../../errors.js";
import { presentIssue, presentIssueSummary } from "../../presenters/issue.js";
import { refParam, type RouteModule } from "../common.js";
import { createdIssue, createIssueBody, issueList, issueListQuery, issueView, saveIssueBody } from "./schemas.js";

export const tags = ["周报"];

/** The issue as GET answers it: tree, findings (with the editor's override reasons) and workflow. */
export async function issueAnswer(store: Store, issue: StoredIssue) {
  const workflow = await store.issueWorkflow.get(issue.id);
  return presentIssue(issue, await findingsOf(store, issue, issue, workflow.overrides), workflow);
}

const visibleList = async (store: Store, actor: Actor, q: { year?: number; limit?: number }) => {
  return store.issueIndex.list(actor.centerId, { ...q, ...(knowsDrafts(actor.role) ? {} : { status: "published" }) });
};

/**
 * GET's answer for this actor: whole, or — a draft read by a contributor — with only
 * their department's items, and without attachments, findings and overrides, which
 * quote the rest of the draft.
 */
async function issueAnswerFor(store: Store, actor: Actor, issue: StoredIssue) {
  if (issue.status === "published" || seesDrafts(actor.role)) return issueAnswer(store, issue);
  const scoped = { ...issue, sections: scopeDraftSections(issue.sections, actor.department), attachments: [] };
  return { ...presentIssue(scoped, [], await store.issueWorkflow.get(issue.id)), overrides: [] };
}

/** List, start, read, save an issue and its Facts JSON. */
export const issueRoutes: RouteModule = (api, o) => {
  api.get("/api/issues", {
    config: { access: "user", tokenScope: "read-published" },
    schema: { tags, summary: "周报列表（最新在前；读者只见已发布）", querystring: issueListQuery, response: { 200: issueList, ...ERROR_RESPONSES } },
    handler: async (req) => ({ issues: (await visibleList(o.store, actorOf(req), req.query)).map(presentIssueSummary) }),
  });

  api.post("/api/issues", {
    config: { access: ["editor"] },
    schema: { tags, summary: "新建下一期草稿（期号、统计周期与栏目沿用建议）", body: createIssueBody, response: { 201: createdIssue, ...ERROR_RESPONSES } },
    handler: async (req, reply) => {
      const { issue, warnings } = await createIssue(o.store, actorOf(req), req.body);
      return reply.code(201).send({ issue: await issueAnswer(o.store, issue), warnings });
    },
  });

  api.get("/api/issues/:ref", {
    config: { access: "user", tokenScope: "read-published" },
    schema: { tags, summary: "一期周报：栏目树、校核结果与流程（草稿：读者 404；联络员只见本部门条目，巡查员、考核员只见栏目标题）", params: refParam, response: { 200: issueView, ...ERROR_RESPONSES } },
    handler: async (req) => issueAnswerFor(o.store, actorOf(req), await requireVisibleIssue(o.store, actorOf(req), req.params.ref, true)),
  });

  api.put("/api/issues/:ref", {
    config: { access: ["editor"] },
    schema: { tags, summary: "保存草稿（整期）；已发布 409 issue.immutable", params: refParam, body: saveIssueBody, response: { 200: issueView, ...ERROR_RESPONSES } },
    handler: async (req) => issueAnswer(o.store, await saveIssue(o.store, actorOf(req), req.params.ref, req.body)),
  });

  api.get("/api/issues/:ref/facts", {
    config: { access: "user", tokenScope: "read-published" },
    schema: { tags, summary: "Facts JSON（DESIGN.md §4）", params: refParam, response: { 200: facts, ...ERROR_RESPONSES } },
    handler: async (req) => issueFacts(toDocument(await requireVisibleIssue(o.store, actorOf(req), req.params.ref))),
  });
};
