import { z } from "zod";
import { issueDocument, pdfFontReport } from "../../../services/documentRenderer.js";
import { requireVisibleIssue } from "../../../services/issueLocator.js";
import { actorOf } from "../../auth/guard.js";
import { ERROR_RESPONSES } from "../../errors.js";
import type { RouteModule } from "../common.js";
import { disposition } from "../download.js";
import { tags } from "./route.js";
import { documentParams, documentQuery, pdfFontsView } from "./schemas.js";

/** The issue as DOCX, PDF or HTML: kept files for published revisions, a preview otherwise. */
export const issueDocumentRoutes: RouteModule = (api, o) => {
  api.get("/api/issues/:ref/document.:format", {
    config: { access: "user", tokenScope: "read-published" },
    schema: {
      tags,
      summary: "下载周报文件：document.docx、document.pdf 或 document.html（已发布的为发布时保存的文件，可加 ?revision=N）",
      params: documentParams,
      querystring: documentQuery,
      response: { 200: z.unknown().describe("文件内容（DOCX / PDF / HTML）"), ...ERROR_RESPONSES },
    },
    handler: async (req, reply) => {
      const issue = await requireVisibleIssue(o.store, actorOf(req), req.params.ref);
      const doc = await issueDocument(o.store, issue, req.params.format, req.query.revision);
      const ascii = `zhoubao-${issue.year}-${issue.seq}${req.query.revision ? `-r${req.query.revision}` : ""}.${req.params.format}`;
      reply
        .type(doc.contentType)
        .header("content-disposition", disposition(doc.format === "html" ? "inline" : "attachment", doc.fileName, ascii))
        .header("x-content-type-options", "nosniff");
      return reply.send(doc.content);
    },
  });

  api.get("/api/render/fonts", {
    config: { access: "user" },
    schema: { tags, summary: "PDF 使用的字体：每种公文字体（仿宋_GB2312 等）由本机哪款字体印出", response: { 200: pdfFontsView, ...ERROR_RESPONSES } },
    handler: async () => pdfFontReport(),
  });
};
