import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { z } from "zod";
import { ERROR_CODES, isZhoubaoError, type ErrorCode, type ErrorKind } from "../domain/errors.js";

/** The body of every error answer. */
export const errorBody = z.object({
  code: z.string().describe("稳定的错误代码，见 docs/errors.md"),
  message: z.string().describe("给人看的中文说明"),
  details: z.unknown(),
  requestId: z.string().optional().describe("请求编号：报告问题时请提供，管理员据此在日志中查找"),
});
export type ErrorBody = z.infer<typeof errorBody>;

/** The HTTP status of each kind of ZhoubaoError (docs/errors.md). */
export const STATUS_OF_KIND: Record<ErrorKind, number> = {
  invalid: 400,
  "not-found": 404,
  conflict: 409,
  forbidden: 403,
  unauthenticated: 401,
  "rate-limited": 429,
  "too-large": 413,
  unavailable: 503,
  internal: 500,
};

export const statusOf = (code: ErrorCode) => STATUS_OF_KIND[ERROR_CODES[code]];

const WHERE: Record<string, string> = { body: "请求内容", querystring: "查询参数", params: "路径参数", headers: "请求头" };

/** Fastify's own 4xx errors (before a route runs) in Chinese. */
function fastifyMessage(e: FastifyError): string {
  switch (e.code) {
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return "不支持的请求内容类型，请使用 application/json。";
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return "请求内容过大。";
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return "请求内容为空，应为 JSON。";
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return "请求长度与内容不符。";
    default:
      return e.statusCode === 400 && /JSON/i.test(e.message) ? "请求内容不是有效的 JSON。" : "请求不符合要求。";
  }
}

/**
 * Answers an error with the request's id, and logs it: 5xx with the stack (error level),
 * 4xx by code only (info; 429 at warn) — never a body, so never a password.
 */
function send(reply: FastifyReply, status: number, body: ErrorBody, err?: unknown) {
  const req = reply.request;
  if (status >= 500) req.log.error({ err, code: body.code, status }, body.message);
  else req.log[status === 429 ? "warn" : "info"]({ code: body.code, status }, body.message);
  return reply.code(status).type("application/json; charset=utf-8").send({ ...body, requestId: req.id });
}

/** SQLite's "database is locked" (after its busy timeout) and PostgreSQL's lock and serialization failures. */
function isStoreBusy(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED") || ["55P03", "40001", "40P01"].includes(code));
}
const BUSY_RETRY_SECONDS = 5;

/**
 * Turns every failure into { code, message (Chinese), details } with the status of its
 * kind; internal errors are logged and answered without their inner workings.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = err.validation.map((v) => ({
        path: String(v.instancePath ?? "").replace(/^\//, "").replaceAll("/", "."),
        message: v.message ?? "格式错误",
      }));
      const where = WHERE[err.validationContext ?? "body"] ?? "请求";
      const first = issues[0];
      const message = `${where}不符合要求：${first ? `${first.path ? `${first.path}：` : ""}${first.message}` : "格式错误"}`;
      return send(reply, 400, { code: "input.invalid", message, details: { issues } });
    }
    if (isZhoubaoError(err)) {
      const status = statusOf(err.code);
      const retry = (err.details as { retryAfterSeconds?: number } | null)?.retryAfterSeconds;
      if (status === 429 && retry) reply.header("retry-after", String(retry));
      return send(reply, status, { code: err.code, message: err.message, details: err.details ?? null }, err);
    }
    if (isStoreBusy(err)) {
      reply.header("retry-after", String(BUSY_RETRY_SECONDS));
      const message = "数据库正忙（可能正在导入台账或往期周报），请稍后再试。";
      return send(reply, 503, { code: "store.busy", message, details: { retryAfterSeconds: BUSY_RETRY_SECONDS } }, err);
    }
    if (isResponseSerializationError(err)) {
      return send(reply, 500, { code: "internal", message: "服务器内部错误（响应格式不符），已记录。", details: null }, err);
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500)
      return send(reply, err.statusCode, { code: "input.invalid", message: fastifyMessage(err), details: { reason: err.code ?? null } });
    return send(reply, 500, { code: "internal", message: "服务器内部错误，已记录，请报告请求编号，或稍后再试。", details: null }, err);
  });
}

/** Error answers every route may give, for the OpenAPI document. */
export const ERROR_RESPONSES = {
  400: errorBody.describe("请求不符合要求"),
  401: errorBody.describe("需要登录"),
  403: errorBody.describe("无权操作或安全令牌错误"),
  404: errorBody.describe("不存在"),
  409: errorBody.describe("状态冲突"),
  429: errorBody.describe("请求过于频繁"),
  503: errorBody.describe("服务暂不可用"),
} as const;
