import multipart from "@fastify/multipart";
import cookie from "@fastify/cookie";
import Fastify, { type FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZOD_SCHEMAS } from "./zodSchemas.js";
import { stopRenderer } from "../services/documentRenderer.js";
import { deferredBackground } from "./background.js";
import { installGuard } from "./auth/guard.js";
import { installTokenRateLimit } from "./auth/tokens.js";
import { installApiDocs } from "./docs.js";
import { installErrorHandler } from "./errors.js";
import { loggerOptions } from "./logging.js";
import { resolveOptions, type AppOptions } from "./options.js";
import { ROUTE_MODULES } from "./routes/index.js";
import { installSecurityHeaders } from "./security.js";
import { removeStaleUploads } from "./uploads/tempFolders.js";
import { installWriteRateLimit } from "./rateLimit.js";
import { installStorableGuard } from "./storable.js";
import { installWebApp, spaFallback } from "./webApp.js";

export type { AppOptions } from "./options.js";

declare module "fastify" {
  interface FastifyInstance {
    /** The scheduler and sender loop, when started with the server (options.background). */
    background?: import("../services/backgroundWorker.js").Background;
  }
}

// Messages of zod's built-in checks in Chinese (the schemas' own messages already are).
z.config(z.locales.zhCN());

/**
 * The HTTP application. Routes are thin: they call the services, which check roles,
 * validate, write in one transaction and audit.
 *
 * @example
 * const app = await buildApp({ store });
 * await app.listen({ port: 8080 });
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const o = resolveOptions(options);
  // Upload folders of a server killed mid-upload: nobody else removes them.
  removeStaleUploads();
  const app = Fastify({ ...loggerOptions(o.log), trustProxy: o.trustProxy as boolean | string, bodyLimit: 2 * 1024 * 1024, schemaController: ZOD_SCHEMAS });
  // The API speaks JSON only: a text/plain body (what a cross-site form can send) is refused with 415.
  app.removeContentTypeParser("text/plain");

  // Secure by default: an /api route without an access policy stops the server from starting.
  app.addHook("onRoute", (route) => {
    const url = route.url ?? "";
    const docs = url === "/api/docs" || url.startsWith("/api/docs/");
    if (route.config?.access === undefined) {
      if (url.startsWith("/api/") && !docs) throw new Error(`路由 ${String(route.method)} ${url} 未声明访问权限（config.access）。`);
      route.config = { ...route.config, access: "public" };
    }
    o.onRoute?.({ method: route.method, url, access: route.config.access!, tokenScope: route.config.tokenScope });
  });

  installErrorHandler(app);
  await app.register(cookie);
  await installSecurityHeaders(app, o);
  installGuard(app, o);
  await installTokenRateLimit(app, o);
  installStorableGuard(app);
  await installWriteRateLimit(app, o);
  installApiDocs(app, o.cookieSecure === true, (api) => {
    for (const register of ROUTE_MODULES) register(api, o);
  });
  // Uploads (past issues, ledger exports) are read by the routes that take them; limits per route.
  await app.register(multipart, { limits: { files: 1, fields: 20, fieldSize: 1000, parts: 30 } });

  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get("/healthz", { schema: { hide: true } }, async () => ({ ok: true, store: o.store.dialect }));
  for (const register of ROUTE_MODULES) register(api, o);
  await installWebApp(app, o);
  app.setNotFoundHandler(spaFallback(o));
  app.addHook("onClose", async () => stopRenderer());
  if (o.background) {
    const every = o.background === true ? {} : o.background;
    const bg = deferredBackground(o.store, { mail: o.mail, ...every, onError: (e) => app.log.error(e) });
    app.decorate("background", bg);
    app.addHook("onListen", async () => bg.start());
    app.addHook("onClose", async () => bg.stop());
  }
  return app;
}
