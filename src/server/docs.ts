import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { createJsonSchemaTransform, createJsonSchemaTransformObject, type ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { section } from "../domain/model/section.js";
import { SESSION_COOKIE } from "./auth/cookies.js";
import type { Api } from "./routes/common.js";
import { ZOD_SCHEMAS } from "./zodSchemas.js";

/**
 * Schemas the document names in `components.schemas`. A recursive schema must be here:
 * inline, its self-reference has no name to point at (it came out as a dangling
 * `#/components/schemas/schema0`). The transform names the request-side twin `…Input`.
 */
export const API_SCHEMAS = z.registry<{ id: string }>();
API_SCHEMAS.add(section, { id: "Section" });

const DESCRIPTION =
  "网页登录后以 Cookie 会话访问；所有 POST、PUT、DELETE 须在 X-CSRF-Token 头中带上 zb_csrf Cookie 的值。" +
  "其他系统以管理员创建的接口令牌访问：Authorization: Bearer <令牌>，无须 CSRF；令牌只能调用其权限范围（read-published、read-drafts、import-ledgers）内的接口。" +
  "错误统一为 { code, message, details }，代码见 docs/errors.md。";

/** Headers of the docs instance's answer that the server's own reply sets itself. */
const HOP_BY_HOP = new Set(["content-length", "transfer-encoding", "connection", "keep-alive", "date"]);

/**
 * OpenAPI document at /api/docs/json, generated from the routes' zod schemas; Swagger UI at
 * /api/docs. Both live in a second Fastify instance with the same routes, built on the first
 * request to /api/docs: @fastify/swagger, its UI and their YAML writer are some 100 modules
 * that `zhoubao serve` would otherwise load before its first answer (issue 17).
 *
 * @example
 * installApiDocs(app, false, (api) => { for (const register of ROUTE_MODULES) register(api, o); });
 */
export function installApiDocs(app: FastifyInstance, httpsOnly: boolean, routes: (api: Api) => void): void {
  let docs: Promise<FastifyInstance> | null = null;
  const forward = async (req: FastifyRequest, reply: FastifyReply) => {
    const instance = await (docs ??= docsInstance(httpsOnly, routes).catch((e) => ((docs = null), Promise.reject(e))));
    const { accept = "*/*", "if-none-match": etag, "if-modified-since": since } = req.headers;
    const res = await instance.inject({ method: "GET", url: req.url, headers: { accept, ...(etag ? { "if-none-match": etag } : {}), ...(since ? { "if-modified-since": since } : {}) } });
    for (const [name, value] of Object.entries(res.headers)) if (!HOP_BY_HOP.has(name) && value !== undefined) reply.header(name, value);
    reply.code(res.statusCode);
    return res.rawPayload.length ? reply.send(res.rawPayload) : reply.send();
  };
  app.get("/api/docs", { schema: { hide: true } }, forward);
  app.get("/api/docs/*", { schema: { hide: true } }, forward);
}

async function docsInstance(httpsOnly: boolean, routes: (api: Api) => void): Promise<FastifyInstance> {
  const [{ default: swagger }, { default: swaggerUi }] = await Promise.all([import("@fastify/swagger"), import("@fastify/swagger-ui")]);
  const app = Fastify({ schemaController: ZOD_SCHEMAS });
  await app.register(swagger, {
    openapi: {
      info: { title: "窗口工作周报 API", version: "1", description: DESCRIPTION },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: SESSION_COOKIE },
          csrf: { type: "apiKey", in: "header", name: "X-CSRF-Token" },
          token: { type: "http", scheme: "bearer", description: "接口令牌（zhoubao token create 或 系统设置 → 接口令牌）" },
        },
      },
      security: [{ session: [], csrf: [] }, { token: [] }],
    },
    transform: createJsonSchemaTransform({ schemaRegistry: API_SCHEMAS }),
    transformObject: createJsonSchemaTransformObject({ schemaRegistry: API_SCHEMAS }),
  });
  await app.register(swaggerUi, {
    routePrefix: "/api/docs",
    staticCSP: true,
    // Its CSP asks browsers to upgrade to https, which breaks the page on a plain-http intranet host.
    transformStaticCSP: (csp) => (httpsOnly ? csp : csp.replace(/\s*upgrade-insecure-requests;?/, "")),
  });
  // The same routes as the server (their handlers never run here): the document describes them.
  await app.register(async (scope) => routes(scope.withTypeProvider<ZodTypeProvider>()));
  await app.ready();
  return app;
}
