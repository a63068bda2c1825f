import Fastify, { type FastifyInstance } from "fastify";
import type { Store } from "../store/index.js";
import { landingPage } from "./landingPage.js";

export type AppOptions = { store: Store; logger?: boolean };

/**
 * The HTTP application. Routes are thin: they call domain, store and render.
 *
 * @example
 * const app = await buildApp({ store });
 * await app.listen({ port: 8080 });
 */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: opts.logger ?? false });
  app.get("/healthz", async () => ({ ok: true, store: opts.store.dialect }));
  app.get("/", async (_req, reply) => {
    const center = await opts.store.centers.default();
    const issues = await opts.store.issues.list(center.id, { limit: 20 });
    reply.type("text/html; charset=utf-8").send(landingPage(center.name, issues));
  });
  return app;
}
