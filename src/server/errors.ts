import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { z } from "zod";
import { ERROR_CODES, isZhoubaoError, type ErrorCode, type ErrorKind } from "../domain/errors.js";

/** The body of every error answer. */
export const errorBody = z.object({
  code: z.string().describe("稳定的错误代码，见 docs/errors.md"),
  message: z.string().describe("给人看的中文说明"),
  details: z.unknown(),
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

function send(reply: FastifyReply, status: number, body: ErrorBody) {
  return reply.code(status).type("application/json; charset=utf-8").send(body);
}

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
      if (status >= 500) req.log.error({ err }, "service unavailable");
      return send(reply, status, { code: err.code, message: err.message, details: err.details ?? null });
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ err, issues: err.cause.issues }, "response does not match its schema");
      return send(reply, 500, { code: "internal", message: "服务器内部错误（响应格式不符），已记录。", details: null });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500)
      return send(reply, err.statusCode, { code: "input.invalid", message: fastifyMessage(err), details: { reason: err.code ?? null } });
    req.log.error({ err }, "internal error");
    return send(reply, 500, { code: "internal", message: "服务器内部错误，已记录，请稍后再试。", details: null });
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
