import { z } from "zod";
import { ZhoubaoError } from "../../../domain/errors.js";
import { ledgerImport, ledgerImportLog, ledgerImportState, progressKey, type LedgerImport } from "../../../domain/ledger/ledgerImportViews.js";
import type { LedgerImportResult } from "../../../ingest/ledger/importer.js";
import { columnMapping, type ColumnMapping } from "../../../domain/ledger/ledgerFields.js";
import { ledgerSummary } from "../../../domain/ledger/ledgerSummary.js";
import { LedgerImportBoard, type ImportTrack } from "../../../services/ledgerImportBoard.js";
import { ledgerYearSummary } from "../../../services/ledgerSummarizer.js";
import { fillIssueStats } from "../../../services/statsFiller.js";
import { actorOf } from "../../auth/guard.js";
import { ERROR_RESPONSES } from "../../errors.js";
import { formField } from "../../uploads/formFields.js";
import { receiveFileOnDisk, type UploadHead } from "../../uploads/receive.js";
import { refParam, type RouteModule } from "../common.js";
import { issueAnswer } from "../issues/route.js";
import { issueView } from "../issues/schemas.js";

const tags = ["办件数据"];

const present = (r: LedgerImportResult, name: string): LedgerImport => ({
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

/** Ledger uploads (the HTTP twins of `zhoubao import cases|desk`), their progress and log, and filling an issue's figures from them. */
export const ledgerRoutes: RouteModule = (api, o) => {
  const board = new LedgerImportBoard();
  for (const kind of ["cases", "desk"] as const)
    api.post(`/api/ledger/${kind}`, {
      config: { access: ["editor", "admin"], tokenScope: "import-ledgers" },
      schema: {
        tags,
        summary: kind === "cases" ? "上传一体化平台办件导出（CSV/XLSX，UTF-8 或 GB18030；multipart：source、mapping、progressKey 可选，file）" : "上传综窗前台台账（CSV/XLSX；multipart：source、mapping、progressKey 可选，file）",
        consumes: ["multipart/form-data"],
        response: { 200: ledgerImport, ...ERROR_RESPONSES },
      },
      handler: async (req) => {
        const actor = actorOf(req);
        // The board learns the key as soon as the form's fields arrive, so that the page's
        // first poll, sent when its upload ends, already finds the import.
        const follow: { track: ImportTrack | null } = { track: null };
        const onHead = ({ name, fields }: UploadHead) => {
          if (fields.progressKey) follow.track = board.start(actor.centerId, formField("progressKey", progressKey, fields.progressKey), { ledger: kind, file: name, totalBytes: 0 });
        };
        try {
          return await receiveFileOnDisk(
            req,
            o.uploads.ledgerMaxBytes,
            async ({ name, path, fields }) => {
              const mapping = fields.mapping ? (formField("mapping", columnMapping(kind), fields.mapping, { json: true }) as ColumnMapping) : undefined;
              // The CSV/XLSX readers load with the first upload, not at server start.
              const { importLedgerFile } = await import("../../../services/ledgerImporter.js");
              const r = await importLedgerFile(o.store, actor, { ledger: kind, path, source: fields.source?.trim() || null, mapping, onProgress: follow.track?.progress });
              follow.track?.done(r);
              return present(r, name);
            },
            onHead,
          );
        } catch (e) {
          follow.track?.failed(e instanceof Error ? e.message : String(e));
          throw e;
        }
      },
    });

  api.get("/api/ledger/progress/:key", {
    config: { access: ["editor", "admin"], tokenScope: "import-ledgers" },
    schema: {
      tags,
      summary: "上传后服务器导入的进度（上传时在 progressKey 字段给出的编号；导入结束后保留 15 分钟）",
      params: z.object({ key: progressKey }),
      response: { 200: ledgerImportState, ...ERROR_RESPONSES },
    },
    handler: async (req) => {
      const state = board.get(actorOf(req).centerId, req.params.key);
      if (!state) throw new ZhoubaoError("ledger.progress-unknown", "没有这个编号的导入进度：导入尚未开始，或已结束超过 15 分钟。", { key: req.params.key });
      return state;
    },
  });

  api.get("/api/ledger/summary", {
    config: { access: "user" },
    schema: {
      tags,
      summary: "数据看板：某年台账汇总（今年以来、逐月、受理最多的部门），只读汇总表",
      querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).describe("年份") }),
      response: { 200: ledgerSummary, ...ERROR_RESPONSES },
    },
    handler: async (req) => ledgerYearSummary(o.store, actorOf(req).centerId, req.query.year),
  });

  api.get("/api/ledger/imports", {
    config: { access: ["editor", "admin"], tokenScope: "import-ledgers" },
    schema: {
      tags,
      summary: "最近的办件与台账导入记录（含命令行导入与进行中的导入），新的在前",
      querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(20) }),
      response: { 200: z.array(ledgerImportLog), ...ERROR_RESPONSES },
    },
    handler: async (req) => o.store.ledger.imports(actorOf(req).centerId, req.query.limit),
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
