import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { ZhoubaoError } from "../domain/errors.js";
import type { ResolvedOptions } from "./options.js";

/** Writes (POST/PUT/PATCH/DELETE) one session — or one address, signed out — may send per window. */
export type WriteRateLimit = { max: number; windowMs: number };

/** A person's web app writes a few times a minute (saves, submissions); 600 leaves room for scripts and tests. */
export const DEFAULT_WRITE_RATE_LIMIT: WriteRateLimit = { max: 600, windowMs: 60_000 };

const READS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Login has its own guard (attempts per address and account, authenticator.ts). */
const OWN_GUARD = new Set(["/api/auth/login"]);

/**
 * Limits state-changing API calls per session (per address when signed out), after the
 * session guard has run — so that one runaway script or tab cannot flood the store for
 * everyone. Over the limit: 429 request.rate-limited with Retry-After.
 */
export async function installWriteRateLimit(app: FastifyInstance, o: ResolvedOptions): Promise<void> {
  if (!o.writeRateLimit) return;
  const { max, windowMs } = o.writeRateLimit;
  const exempt = (req: FastifyRequest) => READS.has(req.method) || !req.url.startsWith("/api/") || OWN_GUARD.has(req.routeOptions.url ?? "");
  await app.register(rateLimit, {
    max,
    timeWindow: windowMs,
    allowList: (req) => exempt(req),
    keyGenerator: (req) => (req.session ? `session:${req.session.id}` : `address:${req.ip}`),
    errorResponseBuilder: (_req, ctx) => {
      const seconds = Math.max(1, Math.ceil(ctx.ttl / 1000));
      return new ZhoubaoError("request.rate-limited", `操作过于频繁（每 ${Math.round(windowMs / 1000)} 秒最多 ${max} 次修改），请 ${seconds} 秒后再试。`, { retryAfterSeconds: seconds, max });
    },
  });
}
