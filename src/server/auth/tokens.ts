import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { grants, TOKEN_SCOPE_LABELS, type TokenScope } from "../../domain/apiTokens.js";
import { ZhoubaoError } from "../../domain/errors.js";
import { recordTokenUse, resolveToken, tokenActor } from "../../services/tokenKeeper.js";
import type { StoredToken } from "../../store/repositories/apiTokens.js";
import type { ResolvedOptions } from "../options.js";

declare module "fastify" {
  interface FastifyContextConfig {
    /** What an API token needs to call this route; a route without one refuses tokens. */
    tokenScope?: TokenScope;
  }
  interface FastifyRequest {
    /** The API token this request came with (Authorization: Bearer); null for browser sessions. */
    apiToken: StoredToken | null;
  }
}

/** The token of an `Authorization: Bearer …` header, or null when the request has none. */
export function bearerOf(req: FastifyRequest): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? "");
  return m ? m[1]! : null;
}

/**
 * Signs a machine client in by its token: 401 with token.invalid / token.revoked /
 * token.expired, 403 token.scope for a route outside the token's scopes. No CSRF check:
 * a browser never sends this header by itself, so a cross-site request cannot carry it.
 * Every call with a live token is audited under the token's name, refused ones too.
 */
export async function authenticateToken(req: FastifyRequest, o: ResolvedOptions, token: string): Promise<void> {
  const t = await resolveToken(o.store, token);
  const needed = req.routeOptions.config?.tokenScope;
  const allowed = needed !== undefined && grants(t.scopes, needed);
  await recordTokenUse(o.store, t, { method: req.method, url: req.url.slice(0, 300), address: req.ip, allowed });
  if (!allowed || needed === undefined)
    throw new ZhoubaoError(
      "token.scope",
      needed
        ? `接口令牌“${t.name}”的权限范围不含此接口（需要“${TOKEN_SCOPE_LABELS[needed]}”）。`
        : `此接口不对接口令牌开放，请登录网页使用。`,
      { name: t.name, scopes: t.scopes, needed: needed ?? null },
    );
  req.apiToken = t;
  req.actor = tokenActor(t, needed, req.ip);
}

/** Requests a token may make in each window (ZHOUBAO_TOKEN_RATE_PER_MINUTE, default 120 a minute). */
export type TokenRate = { max: number; windowMs: number };

/**
 * Rate limit of each token (not of browser sessions, which the login throttle and
 * the people behind them already bound): counted per token, whatever address it comes from.
 */
export async function installTokenRateLimit(app: FastifyInstance, o: ResolvedOptions): Promise<void> {
  app.decorateRequest("apiToken", null);
  await app.register(rateLimit, {
    global: true,
    // A route's own onRequest hook runs after the app's, i.e. after the guard has found the
    // token; and before the body is read, so that malformed requests count too.
    hook: "onRequest",
    max: o.tokenRate.max,
    timeWindow: o.tokenRate.windowMs,
    allowList: (req) => req.apiToken === null,
    keyGenerator: (req) => `token:${req.apiToken?.id}`,
    errorResponseBuilder: (req, ctx) => {
      const seconds = Math.max(1, Math.ceil(ctx.ttl / 1000));
      return new ZhoubaoError("token.rate-limited", `接口令牌“${req.apiToken?.name}”请求过于频繁，请 ${seconds} 秒后再试。`, { retryAfterSeconds: seconds, max: ctx.max });
    },
  });
}
