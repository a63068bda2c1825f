import { z } from "zod";
import { pastIssueImport } from "../../../domain/archive/pastIssueImport.js";
import { actorOf } from "../../auth/guard.js";
import { ERROR_RESPONSES } from "../../errors.js";
import { formField } from "../../uploads/formFields.js";
import { receiveFile } from "../../uploads/receive.js";
import type { RouteModule } from "../common.js";

const tags = ["导入往期"];
/** A yes/no form field; anything else is refused (a misspelt dryRun must not import for real). */
const flag = z
  .enum(["true", "false", "1", "0", "on", "off"], "应为 true 或 false")
  .transform((v) => v === "true" || v === "1" || v === "on");
const flagField = (name: string, v: string | undefined) => (v === undefined ? false : formField(name, flag, v));

/** Past issues (TXT, PDF, DOCX) uploaded one file per request, as `zhoubao import FILE`. */
export const importRoutes: RouteModule = (api, o) => {
  api.post("/api/imports", {
    config: { access: ["editor", "admin"] },
    schema: {
      tags,
      summary:
        "上传一期往期周报（multipart：replace、reason、dryRun、strict 字段在前，file 在后）；已发布的期 409 import.exists，除非 replace=true 并在 reason 写明更正理由（即更正：仅编辑，校核须通过，留审计记录，原版本保留；无理由 400 import.reason-required）；同一期号的周报正在办理（草稿、待审核）时 409 import.in-workflow，不能覆盖；校核发现的问题列在 findings 中，strict=true 时有错误则 409 import.checks-failed、不导入",
      consumes: ["multipart/form-data"],
      response: { 200: pastIssueImport, ...ERROR_RESPONSES },
    },
    handler: async (req) => {
      const { name, bytes, fields } = await receiveFile(req, o.uploads.reportMaxBytes);
      // The importers (pdf, docx, html readers) load with the first upload, not at server start.
      const { importPastIssue } = await import("../../../services/pastIssueImporter.js");
      return importPastIssue(o.store, actorOf(req), { name, bytes }, {
        replace: flagField("replace", fields.replace),
        dryRun: flagField("dryRun", fields.dryRun),
        strict: flagField("strict", fields.strict),
        reason: fields.reason,
      });
    },
  });
};
