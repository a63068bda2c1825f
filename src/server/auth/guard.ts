import type {} from "@fastify/cookie";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { ZhoubaoError } from "../../domain/errors.js";
import { userActor, type Actor } from "../../services/actor.js";
import { resolveSession } from "../../services/authenticator.js";
import { ROLE_LABELS, type Role, type User } from "../../store/repositories/users.js";
import type { ResolvedOptions } from "../options.js";
import {
  anonymousCsrfToken,
  clearAuthCookies,
  CSRF_COOKIE,
  CSRF_HEADER,
  csrfTokenOf,
  sameToken,
  SESSION_COOKIE,
  setCsrfCookie,
} from "./cookies.js";
import { authenticateToken, bearerOf } from "./tokens.js";

/**
 * Who may call a route: anyone ("public"), any signed-in account ("user"), or the
 * listed roles. Every /api route declares one (app.ts refuses to start otherwise).
 */
export type Access = "public" | "user" | readonly Role[];

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    /** The signed-in account as services see it; null when anonymous. */
    actor: Actor | null;
    session: { id: number; token: string; user: User } | null;
    /** The CSRF token the browser holds after this answer (the zb_csrf cookie). */
    csrfToken: string | null;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** What an account that must change its initial password may still do. */
const DURING_PASSWORD_CHANGE = new Set(["GET /api/me", "PUT /api/me/password", "POST /api/auth/logout", "GET /api/auth/csrf"]);

/** The signed-in actor of a guarded route (the guard has already refused anonymous calls). */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw new ZhoubaoError("auth.required", "请先登录。");
  return req.actor;
}

async function loadSession(req: FastifyRequest, reply: FastifyReply, o: ResolvedOptions): Promise<"none" | "expired" | "active"> {
  const token = req.cookies[SESSION_COOKIE];
  if (!token) return "none";
  const s = await resolveSession(o.store, token, o.session);
  if (s.state !== "active") {
    clearAuthCookies(req, reply, o);
    return s.state;
  }
  req.session = { id: s.sessionId, token, user: s.user };
  req.actor = { ...userActor(s.user, req.ip) };
  return "active";
}

/** The CSRF token this request must carry; the cookie is (re)issued when the browser lacks it. */
function expectedCsrf(req: FastifyRequest, reply: FastifyReply, o: ResolvedOptions): string | null {
  const cookie = req.cookies[CSRF_COOKIE];
  if (req.session) {
    const token = csrfTokenOf(req.session.token);
    if (cookie !== token) setCsrfCookie(req, reply, o, token);
    req.csrfToken = token;
    return token;
  }
  if (!cookie) {
    req.csrfToken = anonymousCsrfToken();
    setCsrfCookie(req, reply, o, req.csrfToken);
    return null;
  }
  req.csrfToken = cookie;
  return cookie;
}

/**
 * The onRequest guard of every /api route, before the body is even parsed:
 * an API token (auth/tokens.ts) or the session (idle and absolute expiry), 401 for anonymous calls, the forced password
 * change, the double-submit CSRF check on state-changing methods, then the role.
 */
export function installGuard(app: FastifyInstance, o: ResolvedOptions): void {
  app.decorateRequest("actor", null);
  app.decorateRequest("session", null);
  app.decorateRequest("csrfToken", null);
  app.addHook("onRequest", async (req, reply) => {
    const access = req.routeOptions.config?.access;
    if (access === undefined) return;
    // A machine client's token replaces the session, the CSRF check and the role: its scopes decide.
    const bearer = access === "public" ? null : bearerOf(req);
    if (bearer !== null) return authenticateToken(req, o, bearer);
    const state = await loadSession(req, reply, o);
    const csrf = expectedCsrf(req, reply, o);
    if (access !== "public" && !req.session)
      throw new ZhoubaoError("auth.required", state === "expired" ? "登录已过期，请重新登录。" : "请先登录。", { reason: state });
    const key = `${req.method} ${req.routeOptions.url}`;
    if (req.session?.user.mustChangePassword && access !== "public" && !DURING_PASSWORD_CHANGE.has(key))
      throw new ZhoubaoError("auth.password-change-required", "请先修改初始密码。", {});
    if (!SAFE_METHODS.has(req.method)) {
      const header = req.headers[CSRF_HEADER];
      const sent = Array.isArray(header) ? header[0] : header;
      if (!csrf || !sameToken(sent, csrf) || !sameToken(req.cookies[CSRF_COOKIE], csrf))
        throw new ZhoubaoError("auth.csrf", "安全令牌缺失或不正确，请刷新页面后重试。", {});
    }
    if (access === "public" || access === "user") return;
    const role = req.session!.user.role;
    if (!access.includes(role))
      throw new ZhoubaoError("auth.forbidden", `当前角色（${ROLE_LABELS[role]}）无权访问此功能。`, { role, allowed: access });
  });
}
