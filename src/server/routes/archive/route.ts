import { z } from "zod";
import { isoDate } from "../../../domain/model/common.js";
import { issueStatus } from "../../../domain/model/issue.js";
import { sectionKind } from "../../../domain/model/section.js";
import { searchArchive } from "../../../services/archiveSearcher.js";
import { actorOf } from "../../auth/guard.js";
import { ERROR_RESPONSES } from "../../errors.js";
import type { RouteModule } from "../common.js";

const tags = ["往期归档"];

export const archiveQuery = z.object({
  q: z.string().max(200).default("").describe("检索词，空格分隔；每个词都须在该期出现"),
  department: z.string().max(60).optional().describe("部门（规范名称）：署名该部门的条目，或提到它的文字"),
  from: isoDate.optional().describe("统计周期与 [from, to] 有交集"),
  to: isoDate.optional(),
  kind: sectionKind.optional().describe("栏目类型"),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const archiveMatch = z.object({ sectionId: z.string(), heading: z.string(), kind: sectionKind, snippet: z.string() });
const archiveHit = z.object({
  ref: z.string(),
  year: z.number().int(),
  seq: z.number().int(),
  total: z.number().int(),
  period: z.object({ start: z.string(), end: z.string() }),
  publishedOn: z.string().nullable(),
  status: issueStatus,
  matches: z.array(archiveMatch),
});
const archiveAnswer = z.object({ hits: z.array(archiveHit), total: z.number().int().describe("命中的期数（hits 最多 limit 期）") });

/** Full-text search of the archive (往期归档). */
export const archiveRoutes: RouteModule = (api, o) => {
  api.get("/api/archive/search", {
    config: { access: "user", tokenScope: "read-published" },
    schema: { tags, summary: "往期全文检索：词、部门、日期范围、栏目类型（读者只检索已发布的）", querystring: archiveQuery, response: { 200: archiveAnswer, ...ERROR_RESPONSES } },
    handler: async (req) => {
      const { q, department, from, to, kind, limit } = req.query;
      return searchArchive(o.store, actorOf(req), { words: q, department, from, to, kind, limit });
    },
  });
};
