import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { createJsonSchemaTransform, createJsonSchemaTransformObject } from "fastify-type-provider-zod";
import { z } from "zod";
import { section } from "../domain/model/section.js";
import { SESSION_COOKIE } from "./auth/cookies.js";

/**
 * Schemas the document names in `components.schemas`. A recursive schema must be here:
 * inline, its self-reference has no name to point at (it came out as a dangling
 * `#/components/schemas/schema0`). The transform names the request-side twin `…Input`.
 */
export const API_SCHEMAS = z.registry<{ id: string }>();
API_SCHEMAS.add(section, { id: "Section" });

/** OpenAPI document at /api/docs/json, generated from the routes' zod schemas; Swagger UI at /api/docs. */
export async function installApiDocs(app: FastifyInstance, httpsOnly: boolean): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: {
        title: "窗口工作周报 API",
        version: "1",
        description:
          "网页登录后以 Cookie 会话访问；所有 POST、PUT、DELETE 须在 X-CSRF-Token 头中带上 zb_csrf Cookie 的值。" +
          "其他系统以管理员创建的接口令牌访问：Authorization: Bearer <令牌>，无须 CSRF；令牌只能调用其权限范围（read-published、read-drafts、import-ledgers）内的接口。" +
          "错误统一为 { code, message, details }，代码见 docs/errors.md。",
      },
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
}
