import { z } from "zod";
import { isoDate } from "../../../domain/model/common.js";
import { issueStatus } from "../../../domain/model/issue.js";
import { sectionKind } from "../../../domain/model/section.js";
import { knowsDrafts } from "../../../services/issueLocator.js";
import { searchArchive } from "../../../services/archiveSearcher.js";
import { archiveSheet } from "../../../render/xlsx/tables.js";
import { xlsxOf } from "../../../render/xlsx/workbook.js";
import { ISSUE_STATUS_LABELS } from "../../../domain/model/issue.js";
import { actorOf } from "../../auth/guard.js";
import { ERROR_RESPONSES } from "../../errors.js";
import type { RouteModule } from "../common.js";
import { sendXlsx } from "../download.js";

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
  api.get("/api/archive/export.xlsx", {
    config: { access: "user", tokenScope: "read-published" },
    schema: { tags, summary: "导出往期周报一览（Excel）：期号、统计周期、印发日期、状态、版次（读者只含已发布的）", response: { 200: z.unknown().describe("XLSX 文件"), ...ERROR_RESPONSES } },
    handler: async (req, reply) => {
      const actor = actorOf(req);
      const issues = await o.store.issueIndex.list(actor.centerId, knowsDrafts(actor.role) ? {} : { status: "published" });
      const bytes = await xlsxOf([archiveSheet(issues.map((i) => ({ ...i, statusLabel: ISSUE_STATUS_LABELS[i.status] })))]);
      return sendXlsx(reply, bytes, "往期周报一览", "zhoubao-archive");
    },
  });
};
