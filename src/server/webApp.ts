import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ResolvedOptions } from "./options.js";
import { landingPage } from "./landingPage.js";

/** True when `vite build` has produced the web app in `dir`. */
export const hasWebApp = (dir: string | null): dir is string => !!dir && existsSync(join(dir, "index.html"));

/**
 * Serves the built web app from web/dist (hashed assets cached for a year, index.html
 * never), or, until it is built, the landing page listing the latest issues.
 */
export async function installWebApp(app: FastifyInstance, o: ResolvedOptions): Promise<void> {
  if (hasWebApp(o.webDist)) {
    await app.register(fastifyStatic, {
      root: o.webDist,
      wildcard: true,
      index: ["index.html"],
      cacheControl: false,
      setHeaders: (res, path) => {
        res.setHeader("cache-control", /[\\/]assets[\\/]/.test(path) ? "public, max-age=31536000, immutable" : "no-cache");
      },
    });
    return;
  }
  app.get("/", async (_req, reply) => {
    const center = await o.store.centers.default();
    const issues = await o.store.issueIndex.list(center.id, { status: "published", limit: 20 });
    reply.type("text/html; charset=utf-8").send(landingPage(center.name, issues));
  });
}

/**
 * Unknown paths: /api/… answers route.not-found as JSON; a page path of the SPA
 * (GET, no file extension) gets index.html so client-side routes survive a reload.
 */
export function spaFallback(o: ResolvedOptions) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const path = req.url.split("?")[0];
    const api = path === "/api" || path.startsWith("/api/");
    if (!api && req.method === "GET" && hasWebApp(o.webDist) && !/\.[a-z0-9]+$/i.test(path))
      return reply.type("text/html; charset=utf-8").header("cache-control", "no-cache").sendFile("index.html", { cacheControl: false });
    return reply.code(404).send({ code: "route.not-found", message: `没有这个地址：${req.method} ${path}`, details: null, requestId: req.id });
  };
}
