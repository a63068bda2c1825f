import { z } from "zod";
import type { LedgerImportResult } from "../../../ingest/ledger/importer.js";
import { importLedgerFile } from "../../../services/ledgerImporter.js";
import { fillIssueStats } from "../../../services/statsFiller.js";
import { actorOf } from "../../auth/guard.js";
import { ERROR_RESPONSES } from "../../errors.js";
import { receiveFileOnDisk } from "../../uploads/receive.js";
import { refParam, type RouteModule } from "../common.js";
import { issueAnswer } from "../issues/route.js";
import { issueView } from "../issues/schemas.js";

const tags = ["办件数据"];

const ledgerImport = z.object({
  kind: z.enum(["cases", "desk"]),
  file: z.string(),
  rows: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int().describe("已导入过且未变的行（重复导入不重复计数）"),
  rejected: z.array(z.object({ line: z.number().int(), reason: z.string() })).describe("拒收的行（最多前 1000 行）"),
  rejectedCount: z.number().int().describe("拒收行总数"),
  rejectionsByKind: z.record(z.string(), z.number().int()),
  seconds: z.number(),
});

const present = (r: LedgerImportResult, name: string): z.infer<typeof ledgerImport> => ({
  kind: r.ledger,
  file: name,
  rows: r.rows,
  inserted: r.inserted,
  updated: r.updated,
  unchanged: r.unchanged,
  rejected: r.rejections.map((x) => ({ line: x.line, reason: x.reason.replace(/^第 \d+ 行：/, "") })),
  rejectedCount: r.rejected,
  rejectionsByKind: r.rejectionsByKind,
  seconds: Math.round(r.seconds * 1000) / 1000,
});

/** Ledger uploads (the HTTP twins of `zhoubao import cases|desk`) and filling an issue's figures from them. */
export const ledgerRoutes: RouteModule = (api, o) => {
  for (const kind of ["cases", "desk"] as const)
    api.post(`/api/ledger/${kind}`, {
      config: { access: ["editor", "admin"] },
      schema: {
        tags,
        summary: kind === "cases" ? "上传一体化平台办件导出（CSV/XLSX，UTF-8 或 GB18030；multipart：source 可选，file）" : "上传综窗前台台账（CSV/XLSX；multipart：source 可选，file）",
        consumes: ["multipart/form-data"],
        response: { 200: ledgerImport, ...ERROR_RESPONSES },
      },
      handler: async (req) =>
        receiveFileOnDisk(req, o.uploads.ledgerMaxBytes, async ({ name, path, fields }) =>
          present(await importLedgerFile(o.store, actorOf(req), { ledger: kind, path, source: fields.source?.trim() || null }), name),
        ),
    });

  api.post("/api/issues/:ref/fill-figures", {
    config: { access: ["editor"] },
    schema: {
      tags,
      summary: "按已导入的办件与台账填写本期“办件统计”“综窗办件”栏目（草稿）",
      params: refParam,
      body: z.object({}).strict().optional(),
      response: { 200: issueView.extend({ filled: z.array(z.string()), warnings: z.array(z.string()) }), ...ERROR_RESPONSES },
    },
    handler: async (req) => {
      const r = await fillIssueStats(o.store, actorOf(req), req.params.ref);
      return { ...(await issueAnswer(o.store, r.issue)), filled: r.filled, warnings: r.warnings };
    },
  });
};
